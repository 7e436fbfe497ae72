// One short job ad per livecareer profession (the corpus folder is the relevance label). Written before any
// score was seen, as a recruiter would post them: a title and five to ten requirements. Do not tune these to
// the engine; a new ad set is the way to check that figures hold.

export interface RelevanceJob {
  /** the livecareer folder whose CVs are relevant */
  category: string;
  title: string;
  description: string;
}

export const relevanceJobs: readonly RelevanceJob[] = [
  {
    category: "ACCOUNTANT",
    title: "Staff Accountant",
    description: `We are looking for a Staff Accountant to join our finance team.
Requirements:
- Bachelor's degree in Accounting or Finance
- 3+ years of experience in general ledger accounting
- Month-end close, account reconciliations and journal entries
- Accounts payable and accounts receivable
- Knowledge of GAAP
- Advanced Microsoft Excel; QuickBooks or SAP experience
Nice to have: CPA certification`,
  },
  {
    category: "ADVOCATE",
    title: "Patient Advocate",
    description: `Join our team as a Patient Advocate helping clients and families navigate services.
Requirements:
- 2+ years of experience in advocacy, case management or social services
- Strong client communication and conflict resolution
- Knowledge of community resources, benefits and insurance
- Documentation of cases and confidentiality (HIPAA)
- Bachelor's degree in Social Work, Psychology or a related field
Preferred: bilingual English/Spanish`,
  },
  {
    category: "AGRICULTURE",
    title: "Agricultural Technician",
    description: `We are hiring an Agricultural Technician for our farm operations and research plots.
Requirements:
- Experience in crop production, planting, irrigation and harvesting
- Soil sampling, pest and weed management
- Operation and maintenance of farm equipment and tractors
- Record keeping of field data
- Degree in Agriculture, Agronomy or Plant Science preferred
- Pesticide applicator license is a plus`,
  },
  {
    category: "APPAREL",
    title: "Apparel Merchandiser",
    description: `Our fashion brand seeks an Apparel Merchandiser.
Requirements:
- 3+ years of experience in apparel or fashion retail merchandising
- Product development, sourcing and working with garment vendors
- Visual merchandising and assortment planning
- Inventory management and sales analysis
- Knowledge of fabrics, trends and sizing
- Microsoft Excel
Preferred: degree in Fashion Merchandising`,
  },
  {
    category: "ARTS",
    title: "Arts Program Coordinator",
    description: `A community arts center is looking for an Arts Program Coordinator.
Requirements:
- Experience coordinating art programs, exhibitions or performances
- Teaching or leading workshops in visual arts, music or theatre
- Event planning and working with artists and volunteers
- Grant writing and fundraising
- Bachelor's degree in Fine Arts or Arts Administration
- Social media and marketing of events`,
  },
  {
    category: "AUTOMOBILE",
    title: "Automotive Service Technician",
    description: `Dealership hiring an Automotive Service Technician.
Requirements:
- 3+ years of experience repairing cars and light trucks
- Diagnostics of engines, brakes, suspension and electrical systems
- Use of diagnostic scan tools
- Preventive maintenance, oil changes and tire service
- ASE certification preferred
- Valid driver's license`,
  },
  {
    category: "AVIATION",
    title: "Aircraft Maintenance Technician",
    description: `We are hiring an Aircraft Maintenance Technician for our airline fleet.
Requirements:
- FAA Airframe and Powerplant (A&P) license
- 2+ years of experience in aircraft maintenance and inspections
- Troubleshooting aircraft systems, engines and avionics
- Maintenance records and compliance with FAA regulations
- Reading technical manuals and schematics
Nice to have: military aviation experience`,
  },
  {
    category: "BANKING",
    title: "Personal Banker",
    description: `Our bank is looking for a Personal Banker for a busy branch.
Requirements:
- 2+ years of experience in retail banking or as a teller
- Opening accounts, loans and credit products
- Customer service and building client relationships
- Cash handling and balancing
- Knowledge of compliance, KYC and anti-money laundering (AML)
- Sales goals and cross-selling of financial products
Preferred: Bachelor's degree in Finance or Business`,
  },
  {
    category: "BPO",
    title: "Call Center Team Lead",
    description: `A business process outsourcing company needs a Call Center Team Lead.
Requirements:
- 2+ years of experience in a call center or BPO
- Inbound and outbound customer support calls
- Leading a team of agents, coaching and quality monitoring
- Meeting KPIs such as average handle time and customer satisfaction
- CRM software and data entry
- Excellent English communication`,
  },
  {
    category: "BUSINESS-DEVELOPMENT",
    title: "Business Development Manager",
    description: `We are looking for a Business Development Manager to grow new accounts.
Requirements:
- 5+ years of experience in business development or B2B sales
- Lead generation, prospecting and closing new business
- Negotiating contracts and partnerships
- Market research and pipeline management in a CRM (Salesforce)
- Bachelor's degree in Business or Marketing
- Meeting revenue targets`,
  },
  {
    category: "CHEF",
    title: "Sous Chef",
    description: `Restaurant seeks an experienced Sous Chef.
Requirements:
- 3+ years of experience as a cook or chef in a high-volume kitchen
- Menu planning and food preparation
- Supervising kitchen staff and line cooks
- Food safety, sanitation and ServSafe certification
- Inventory, ordering and food cost control
- Culinary degree preferred`,
  },
  {
    category: "CONSTRUCTION",
    title: "Construction Project Manager",
    description: `General contractor hiring a Construction Project Manager.
Requirements:
- 5+ years of experience managing commercial or residential construction projects
- Scheduling, budgeting and cost control
- Managing subcontractors and site safety (OSHA)
- Reading blueprints and construction drawings
- Bachelor's degree in Construction Management or Civil Engineering
- Microsoft Project or Procore`,
  },
  {
    category: "CONSULTANT",
    title: "Management Consultant",
    description: `Consulting firm hiring a Management Consultant.
Requirements:
- 3+ years of experience in consulting, strategy or business analysis
- Process improvement and change management
- Client presentations and stakeholder management
- Data analysis with Excel and PowerPoint
- Project management
- Bachelor's degree required; MBA preferred`,
  },
  {
    category: "DESIGNER",
    title: "Graphic Designer",
    description: `Creative agency seeks a Graphic Designer.
Requirements:
- 3+ years of experience in graphic design
- Adobe Photoshop, Illustrator and InDesign
- Branding, print and digital layouts
- A portfolio of design work
- Typography and color theory
- Bachelor's degree in Graphic Design or a related field
Nice to have: web design and UX`,
  },
  {
    category: "DIGITAL-MEDIA",
    title: "Digital Media Specialist",
    description: `We are hiring a Digital Media Specialist.
Requirements:
- Experience producing digital content: video, photography and web
- Social media management and content calendars
- Adobe Premiere, Photoshop or Final Cut Pro
- Web analytics and SEO
- Copywriting for online audiences
- Bachelor's degree in Communications, Media or Marketing`,
  },
  {
    category: "ENGINEERING",
    title: "Engineering Technician",
    description: `Manufacturing company seeks an Engineering Technician.
Requirements:
- Degree in Engineering or Engineering Technology
- 2+ years of experience supporting engineers in manufacturing or testing
- AutoCAD or SolidWorks
- Testing, troubleshooting and quality control
- Technical documentation and reports
- Knowledge of electrical or mechanical systems`,
  },
  {
    category: "FINANCE",
    title: "Financial Analyst",
    description: `We are seeking a Financial Analyst.
Requirements:
- Bachelor's degree in Finance, Accounting or Economics
- 2+ years of experience in financial analysis
- Budgeting, forecasting and variance analysis
- Financial modeling and reporting
- Advanced Excel
- Knowledge of accounting principles
Preferred: CFA or MBA`,
  },
  {
    category: "FITNESS",
    title: "Personal Trainer",
    description: `Gym hiring a certified Personal Trainer.
Requirements:
- Personal training certification (NASM, ACE or ACSM)
- CPR and AED certification
- Designing exercise programs and fitness assessments
- Leading group fitness classes
- Nutrition guidance and motivating clients
- Selling training packages`,
  },
  {
    category: "HEALTHCARE",
    title: "Healthcare Administrator",
    description: `Clinic hiring a Healthcare Administrator.
Requirements:
- 3+ years of experience in healthcare administration or a medical office
- Patient care coordination and scheduling
- Electronic medical records (EMR) and medical billing
- HIPAA compliance
- Supervising clinical and administrative staff
- Bachelor's degree in Health Administration or Nursing`,
  },
  {
    category: "HR",
    title: "Human Resources Generalist",
    description: `We are looking for a Human Resources Generalist.
Requirements:
- 3+ years of experience in human resources
- Recruiting, interviewing and onboarding
- Employee relations and performance management
- Payroll and benefits administration
- Knowledge of employment law
- HRIS systems
- Bachelor's degree in Human Resources or Business; PHR certification a plus`,
  },
  {
    category: "INFORMATION-TECHNOLOGY",
    title: "IT Support Specialist",
    description: `We need an IT Support Specialist for our help desk.
Requirements:
- 2+ years of experience in IT support or help desk
- Windows, Active Directory and Microsoft Office 365
- Troubleshooting hardware, software and network issues
- Setting up computers, printers and user accounts
- Networking basics: TCP/IP, DNS, VPN
- CompTIA A+ or Network+ certification preferred`,
  },
  {
    category: "PUBLIC-RELATIONS",
    title: "Public Relations Specialist",
    description: `Agency hiring a Public Relations Specialist.
Requirements:
- 3+ years of experience in public relations or communications
- Writing press releases and media pitches
- Media relations and building relationships with journalists
- Event planning and promotion
- Social media
- Bachelor's degree in Public Relations, Communications or Journalism`,
  },
  {
    category: "SALES",
    title: "Sales Representative",
    description: `We are hiring a Sales Representative.
Requirements:
- 2+ years of experience in sales
- Prospecting, cold calling and closing deals
- Meeting and exceeding sales quotas
- Customer relationship management and CRM software
- Product demonstrations and negotiation
- Retail or outside sales experience`,
  },
  {
    category: "TEACHER",
    title: "Elementary School Teacher",
    description: `Our school is hiring an Elementary School Teacher.
Requirements:
- State teaching certification
- Bachelor's degree in Education
- Lesson planning and curriculum development
- Classroom management
- Differentiated instruction and student assessment
- Communicating with parents
- 2+ years of classroom teaching experience preferred`,
  },
];
