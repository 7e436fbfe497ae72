// Other short queries a recruiter might type for each livecareer profession, two or three each: roles, trades and
// fields in everyday words ("lawyer", "call center", "personal trainer"). Written on 2026-12-02, before any score
// for them was seen and after the suite's other queries had been measured for weeks, as a check that search is not
// tuned to the folders' own words. The folder is still the label: where a folder holds other trades than its name
// suggests (ADVOCATE holds customer and patient advocates, not lawyers), every system scores low alike, so the
// figure to read is the one beside BM25's in the same run.
export const shortQueries: Record<string, readonly string[]> = {
  ACCOUNTANT: ["accountant", "staff accountant", "accounting"],
  ADVOCATE: ["lawyer", "attorney", "legal"],
  AGRICULTURE: ["farm manager", "agronomist", "agriculture"],
  APPAREL: ["fashion", "apparel merchandiser", "clothing"],
  ARTS: ["artist", "arts administrator", "art"],
  AUTOMOBILE: ["automotive", "auto mechanic", "automotive technician"],
  AVIATION: ["pilot", "aircraft mechanic", "aviation"],
  BANKING: ["banker", "bank teller", "bank"],
  BPO: ["call center", "customer service representative", "bpo"],
  "BUSINESS-DEVELOPMENT": ["business development manager", "business development"],
  CHEF: ["cook", "chef", "sous chef"],
  CONSTRUCTION: ["construction manager", "construction worker", "site supervisor"],
  CONSULTANT: ["consultant", "consulting"],
  DESIGNER: ["graphic designer", "designer"],
  "DIGITAL-MEDIA": ["digital marketing", "social media", "digital media"],
  ENGINEERING: ["engineer", "mechanical engineer"],
  FINANCE: ["financial analyst", "finance manager"],
  FITNESS: ["personal trainer", "fitness instructor"],
  HEALTHCARE: ["nurse", "medical assistant", "healthcare"],
  HR: ["human resources", "recruiter", "hr manager"],
  "INFORMATION-TECHNOLOGY": ["IT support", "IT manager", "systems administrator"],
  "PUBLIC-RELATIONS": ["pr specialist", "communications", "public relations"],
  SALES: ["sales representative", "salesperson", "sales manager"],
  TEACHER: ["teacher", "elementary teacher", "educator"],
};
