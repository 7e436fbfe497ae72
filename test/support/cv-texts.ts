// Small CVs as plain text, for route tests that need a few distinct people quickly.
export const pythonCv = `Ada Lovelace
Senior Backend Engineer
ada.lovelace@example.com | +49 30 12345678 | Berlin, Germany

Experience
Senior Backend Engineer, Acme GmbH, Berlin
Jan 2019 – Present
- Built Python and Django services on PostgreSQL, cut latency by 40%
- Ran Docker and Kubernetes deployments on AWS

Backend Developer, Beta AG, Munich
Mar 2014 – Dec 2018
- Wrote Python APIs and Redis caches

Education
MSc Computer Science, Technical University of Munich, 2012 – 2014

Skills
Python, Django, PostgreSQL, Docker, Kubernetes, AWS, Redis

Languages
English (C2), German (native)
`;

export const reactCv = `Grace Hopper
Frontend Developer
grace.hopper@example.org | +1 415 555 0132 | San Francisco, CA

Experience
Frontend Developer, Gamma Inc, San Francisco
Feb 2021 – Present
- Built React and TypeScript interfaces used by 2 million people

Junior Web Developer, Delta LLC, Oakland
Jun 2019 – Jan 2021
- Maintained HTML, CSS and React components

Education
BSc Computer Science, San Francisco State University, 2015 – 2019

Skills
React, TypeScript, HTML, CSS, Redux

Languages
English (native)
`;

export const nurseCv = `Florence Nightingale
Registered Nurse
florence@example.net | +44 20 7946 0018 | London, United Kingdom

Experience
Registered Nurse, St Thomas Hospital, London
Sep 2015 – Present
- Led a ward team of 12 nurses, patient care and medication administration

Education
BSc Nursing, King's College London, 2011 – 2015

Skills
Patient care, Medication administration, Wound care, Triage

Languages
English (native), French (B1)
`;
