/** The page O*NET's release points to for its licence terms. */
export const onetLicenseUrl = 'https://www.onetcenter.org/license_db.html';

/**
 * The credit O*NET's CC BY 4.0 licence asks for, plus the notice for modified data: the import
 * filters ratings and re-scores education into summaries.
 */
export function onetAttribution(version: string): string {
  return (
    `This product includes information from the O*NET ${version} Database by the U.S. ` +
    'Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the ' +
    'CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA. CareerOS has modified all or some ' +
    'of this information. USDOL/ETA has not approved, endorsed, or tested these modifications.'
  );
}
