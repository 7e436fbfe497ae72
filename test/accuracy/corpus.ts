// Where the labelled real CVs are and how they are analysed, for the accuracy report and the segmenter data.

export const CORPUS = new URL("../../../shared/corpus/", import.meta.url);

/** The month the report analyses as; "present" in a CV should mean the CV's own date, not this. */
export const AS_OF = "2026-11";
/** The service's default phone region (DEFAULT_PHONE_REGION): the engine must find the country itself. */
export const DEFAULT_REGION = "US";
