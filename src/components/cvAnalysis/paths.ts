/** The talent-space page of the CV analysis (client-safe). */
export const CV_ANALYSIS_PATH = '/mon-espace/analyse-cv'
