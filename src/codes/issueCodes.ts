import type { PayloadRequest } from 'payload'

import {
  assertCompanyCode,
  assertCountryCode,
  assertGender,
  assertProjectType,
  formatCinemaCode,
  formatProjectCode,
  formatTalentCode,
  SEQUENCE_MAX,
  type Gender,
  type ProjectType,
} from './formats'
import { cinemaSequenceScope, nextSequenceValue, projectSequenceScope, talentSequenceScope } from './sequences'

/**
 * Issuing a code takes the next number of its sequence inside the request's
 * transaction: call these from a `beforeChange` hook with the hook's `req`, so a
 * failed save gives the number back. Parts are checked before any number is taken.
 */
type IssueRequest = Pick<PayloadRequest, 'payload' | 'transactionID'>

export async function issueTalentCode(
  req: IssueRequest,
  { countryIso2, cityCode, gender }: { countryIso2: string; cityCode: string; gender: Gender },
): Promise<string> {
  assertGender(gender)
  const scope = talentSequenceScope(countryIso2, cityCode)
  const sequence = await nextSequenceValue(req, { scope, max: SEQUENCE_MAX.talent })
  return formatTalentCode({ country: countryIso2, gender, sequence, cityCode })
}

export async function issueCinemaCode(
  req: IssueRequest,
  { countryIso2, cityCode, gender }: { countryIso2: string; cityCode: string; gender: Gender },
): Promise<string> {
  assertGender(gender)
  const scope = cinemaSequenceScope(countryIso2, cityCode)
  const sequence = await nextSequenceValue(req, { scope, max: SEQUENCE_MAX.cinema })
  return formatCinemaCode({ country: countryIso2, cityCode, sequence, gender })
}

export async function issueProjectCode(
  req: IssueRequest,
  {
    productionId,
    countryIso2,
    companyCode,
    projectType,
  }: { productionId: string | number; countryIso2: string; companyCode: string; projectType: ProjectType },
): Promise<string> {
  assertCountryCode(countryIso2)
  assertCompanyCode(companyCode)
  assertProjectType(projectType)
  const sequence = await nextSequenceValue(req, { scope: projectSequenceScope(productionId), max: SEQUENCE_MAX.project })
  return formatProjectCode({ country: countryIso2, companyCode, projectType, sequence })
}
