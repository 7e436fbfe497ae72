// The data sources recorded in skills.json, with the licence and attribution each one requires.
import type { TaxonomySource } from "../../shared/taxonomy/types.ts";

export const taxonomySources: TaxonomySource[] = [
  {
    id: "esco",
    title: "ESCO v1.2.0 (English): digital, transversal and language skills collections",
    publisher: "European Commission, DG Employment, Social Affairs and Inclusion",
    licence: "Reuse authorised with acknowledgement of the source (Commission Decision 2011/833/EU)",
    url: "https://esco.ec.europa.eu/en/use-esco/download",
    attribution:
      "This service uses the ESCO classification of the European Commission. The labels were filtered, shortened and recategorised for CV matching.",
  },
  {
    id: "onet",
    title: "O*NET 29.2 Database: Technology Skills",
    publisher: "U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)",
    licence: "CC BY 4.0",
    url: "https://www.onetcenter.org/database.html",
    attribution:
      "This product includes information from the O*NET 29.2 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA. cv-analyzer has modified all or some of this information. USDOL/ETA has not approved, endorsed, or tested these modifications.",
  },
  {
    id: "linguist",
    title: "GitHub Linguist languages.yml",
    publisher: "GitHub, Inc. and Linguist contributors",
    licence: "MIT",
    url: "https://github.com/github-linguist/linguist",
    attribution:
      "Language names and groups from GitHub Linguist, Copyright (c) 2017 GitHub, Inc., MIT License.",
  },
  {
    id: "curated",
    title: "cv-analyzer hand-curated skills (scripts/taxonomy/curated*.ts)",
    publisher: "cv-analyzer contributors",
    licence: "Apache-2.0 (the project's licence)",
    url: "scripts/taxonomy/",
    attribution: "Curated by the cv-analyzer project.",
  },
];
