import * as migration_20261125_142618_initial from './20261125_142618_initial';
import * as migration_20261125_145533_reference_data from './20261125_145533_reference_data';
import * as migration_20261125_150000_code_sequences from './20261125_150000_code_sequences';
import * as migration_20261125_151328_talents_uploads_outbox from './20261125_151328_talents_uploads_outbox';
import * as migration_20261125_170514_cinema from './20261125_170514_cinema';
import * as migration_20261125_172320_cv_analysis from './20261125_172320_cv_analysis';
import * as migration_20261125_180000_cinema_search_indexes from './20261125_180000_cinema_search_indexes';
import * as migration_20261125_180500_attendances from './20261125_180500_attendances';
import * as migration_20261125_183545_api_keys from './20261125_183545_api_keys';
import * as migration_20261125_200913_storage_prefix_object_key from './20261125_200913_storage_prefix_object_key';
import * as migration_20261125_201019_settings_seo from './20261125_201019_settings_seo';
import * as migration_20261125_201218_contracts from './20261125_201218_contracts';
import * as migration_20261125_201900_settings_seo_pages from './20261125_201900_settings_seo_pages';
import * as migration_20261125_202534_contract_reminders_task from './20261125_202534_contract_reminders_task';
import * as migration_20261125_233000_cinema_search_arrays from './20261125_233000_cinema_search_arrays';

export const migrations = [
  {
    up: migration_20261125_142618_initial.up,
    down: migration_20261125_142618_initial.down,
    name: '20261125_142618_initial',
  },
  {
    up: migration_20261125_145533_reference_data.up,
    down: migration_20261125_145533_reference_data.down,
    name: '20261125_145533_reference_data',
  },
  {
    up: migration_20261125_150000_code_sequences.up,
    down: migration_20261125_150000_code_sequences.down,
    name: '20261125_150000_code_sequences',
  },
  {
    up: migration_20261125_151328_talents_uploads_outbox.up,
    down: migration_20261125_151328_talents_uploads_outbox.down,
    name: '20261125_151328_talents_uploads_outbox',
  },
  {
    up: migration_20261125_170514_cinema.up,
    down: migration_20261125_170514_cinema.down,
    name: '20261125_170514_cinema',
  },
  {
    up: migration_20261125_172320_cv_analysis.up,
    down: migration_20261125_172320_cv_analysis.down,
    name: '20261125_172320_cv_analysis',
  },
  {
    up: migration_20261125_180000_cinema_search_indexes.up,
    down: migration_20261125_180000_cinema_search_indexes.down,
    name: '20261125_180000_cinema_search_indexes',
  },
  {
    up: migration_20261125_180500_attendances.up,
    down: migration_20261125_180500_attendances.down,
    name: '20261125_180500_attendances',
  },
  {
    up: migration_20261125_183545_api_keys.up,
    down: migration_20261125_183545_api_keys.down,
    name: '20261125_183545_api_keys',
  },
  {
    up: migration_20261125_200913_storage_prefix_object_key.up,
    down: migration_20261125_200913_storage_prefix_object_key.down,
    name: '20261125_200913_storage_prefix_object_key',
  },
  {
    up: migration_20261125_201019_settings_seo.up,
    down: migration_20261125_201019_settings_seo.down,
    name: '20261125_201019_settings_seo',
  },
  {
    up: migration_20261125_201218_contracts.up,
    down: migration_20261125_201218_contracts.down,
    name: '20261125_201218_contracts',
  },
  {
    up: migration_20261125_201900_settings_seo_pages.up,
    down: migration_20261125_201900_settings_seo_pages.down,
    name: '20261125_201900_settings_seo_pages',
  },
  {
    up: migration_20261125_202534_contract_reminders_task.up,
    down: migration_20261125_202534_contract_reminders_task.down,
    name: '20261125_202534_contract_reminders_task'
  },
  {
    up: migration_20261125_233000_cinema_search_arrays.up,
    down: migration_20261125_233000_cinema_search_arrays.down,
    name: '20261125_233000_cinema_search_arrays',
  },
];
