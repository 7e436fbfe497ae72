// Invented names for the probe CVs of `layouts.ts`: employers, titles, places, schools and people, all made up.

export const ORGS = [
  "Shree Ganesh Constructions Pvt. Ltd.",
  "Apex Infra Projects Limited",
  "Gulf Marine Services LLC",
  "Bright Star Engineering Services",
  "Kaveri Power Systems Pvt Ltd",
  "Al Rawabi Contracting Co. W.L.L",
  "Sunrise Hospital",
  "Public Works Department",
  "Meridian Software Solutions",
  "NAVKAR TEXTILES PVT. LTD.",
  "Delta Automation & Controls",
  "Indus Valley Exports",
  "Rajdhani Motors",
  "Greenfield Agro Industries Ltd",
  "Oceanic Shipping Agencies",
  "BLUEWAVE TECHNOLOGIES",
  "Vardhman Steel Fabricators",
  "Sai Krishna Builders",
  "Crescent Facility Management",
  "Horizon Retail India Pvt Ltd",
  "Global Tech Park",
  "Nile Valley Trading Est.",
  "Metro Cables & Conductors",
  "Marigold Pharma Ltd.",
  "Pinnacle Consultants",
  "Saltmarsh Scaffolding Co. LLC",
  "Coastal Energy Corporation",
  "Alpha Logistics",
  "KRISHNA ELECTRICALS",
  "Kestrel Projects Limited",
];

// Titles and employers long enough to wrap in a table cell.
export const LONG_TITLES = [
  "Senior Engineer - Planning and Project Controls",
  "Assistant Manager Accounts and Finance",
  "Junior Engineer (Electrical Maintenance)",
  "Quality Assurance and Quality Control Engineer",
];

export const LONG_ORGS = [
  "Kestrel Harbour Engineering and Construction Company Limited",
  "Saltmarsh Integrated Facility Management Services Pvt. Ltd.",
  "Marigold Heavy Electricals and Switchgear Industries Ltd.",
];

export const TITLES = [
  "Site Engineer",
  "Project Engineer",
  "Electrical Supervisor",
  "Software Developer",
  "Accounts Executive",
  "Quality Control Inspector",
  "Mechanical Engineer",
  "Sales Executive",
  "Store Keeper",
  "HR Executive",
  "Safety Officer",
  "Maintenance Technician",
  "Junior Engineer",
  "Data Entry Operator",
  "Assistant Manager",
  "Civil Foreman",
  "Network Administrator",
  "Purchase Officer",
];

export const CITIES = [
  "Pune",
  "Chennai",
  "Dubai",
  "Hyderabad",
  "Doha",
  "Kolkata",
  "Ahmedabad",
  "Muscat",
  "Bangalore",
  "Lucknow",
];

export const EDU: [string, string, string][] = [
  // degree, level, institution
  ["B.E. (Mechanical Engineering)", "bachelor", "Government College of Engineering, Harbourpet"],
  ["B.Tech in Civil Engineering", "bachelor", "Sri Kestrel College of Engineering"],
  ["Diploma in Electrical Engineering", "associate", "Government Polytechnic, Harbourpet"],
  ["MBA (Finance)", "master", "Marigold Institute of Business Management"],
  ["B.Com", "bachelor", "St. Kestrel's College"],
  ["M.Sc. Chemistry", "master", "University of Harbourpet"],
  ["BCA", "bachelor", "Saltmarsh Jayanti College"],
  ["ITI (Electrician)", "other", "Industrial Training Institute, Harbourpet"],
  ["HSC", "secondary", "Marigold Junior College"],
  ["SSC", "secondary", "Kestrel Niketan High School"],
  ["B.Sc. Physics", "bachelor", "Harbourline College"],
  ["M.Tech (Structural Engineering)", "master", "National Institute of Technology, Saltmarsh"],
  ["Higher Secondary (12th)", "secondary", "Marigold Vidyalaya No. 2"],
  ["Matriculation (10th)", "secondary", "Holy Kestrel Convent School"],
];

export const FIRST = [
  "Rahul",
  "Priya",
  "Mohammed",
  "Suresh",
  "Anita",
  "Vikram",
  "Fatima",
  "Arjun",
  "Deepa",
  "Imran",
];

export const LAST = ["Sharma", "Nair", "Khan", "Patel", "Reddy", "Iyer", "Verma", "Das", "Siddiqui", "Menon"];
