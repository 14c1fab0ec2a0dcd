import * as migration_20261125_142618_initial from './20261125_142618_initial';
import * as migration_20261125_145533_reference_data from './20261125_145533_reference_data';
import * as migration_20261125_150000_code_sequences from './20261125_150000_code_sequences';
import * as migration_20261125_151328_talents_uploads_outbox from './20261125_151328_talents_uploads_outbox';

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
    name: '20261125_151328_talents_uploads_outbox'
  },
];
