// Everyday words that are also skill names, each in both senses.
import { describe, expect, it } from "vitest";
import { findSkillMentions } from "./index.ts";

const found = (text: string, name: string) => findSkillMentions(text).some((m) => m.name === name);

describe.each([
  {
    skill: "Tally",
    skillSense: ["MS Office, Tally, Excel", "Hands on experience of TALLY", "Tally (ERP9) with inventory"],
    everyday: ["Helped to tally the cash at closing", "Kept a tally of votes", "Tally up the invoices"],
  },
  {
    skill: "Go",
    skillSense: [
      "Senior Go developer",
      "Backend in Golang",
      "Languages: Go, Rust and C++",
      "Wrote services in Go and Python",
      "Go, Kubernetes, gRPC",
    ],
    everyday: [
      "The go-to person for customer issues",
      "Helped the product go live in March",
      "Ready to go the extra mile",
      "let's go",
      "Go ahead and apply",
      "We go back to Python later",
      "Chaired Go/No-Go decisions for Python releases",
    ],
  },
  {
    skill: "R",
    skillSense: ["Statistics in R, Python and SQL", "R programming for data analysis", "Tools: R, SPSS"],
    everyday: ["Led R&D for new products", "Reference: R. Smith, Python team lead", "Plan R", "R&B singer"],
  },
  {
    skill: "C",
    skillSense: ["Embedded C/C++ firmware", "C, Python and Bash on Linux", "C programming"],
    everyday: [
      "Grade C in Maths",
      "Reported to C-level executives",
      "Plan A, plan B, plan C",
      "C. Jones, Java lead",
      "C.V. of a Python developer",
    ],
  },
  {
    skill: "Swift",
    skillSense: ["iOS apps in Swift and Objective-C", "Swift developer", "SwiftUI and Swift on iOS"],
    everyday: ["swift delivery of orders", "Swift delivery of Java projects", "a swift response"],
  },
  {
    skill: "SWIFT payments",
    skillSense: ["Processed SWIFT MT103 messages", "SWIFT payments and SEPA", "SWIFT messaging"],
    everyday: ["SWIFT, Objective-C and Xcode on iOS", "swift turnaround"],
  },
  {
    skill: "Rust",
    skillSense: ["Rust, Go and C++", "Rust developer", "Systems programming in Rust and C"],
    everyday: ["rust removal on ships", "Rust prevention coatings", "Rust"],
  },
  {
    skill: "Spring",
    skillSense: ["Java, Spring and Hibernate", "Spring applications on AWS", "Spring MVC"],
    everyday: [
      "Spring 2020 semester",
      "Graduated in spring",
      "Spring term, Python course",
      "Internship, Spring 2019",
      "12 Spring Street, London — Python and Docker engineer",
    ],
  },
  {
    skill: "Microsoft Excel",
    skillSense: ["Advanced Excel and Word", "Excel, PowerPoint", "Reporting in Excel", "MS Excel"],
    everyday: ["I excel at teamwork", "Excel in fast-paced teams", "strive to excel"],
  },
  {
    skill: "Java",
    skillSense: ["Java developer", "Java, Spring", "Core Java"],
    everyday: ["Volunteer teacher in Java, Indonesia", "Lived in East Java", "Java island tours"],
  },
  {
    skill: "Less",
    skillSense: ["Sass and Less for CSS", "CSS, Less"],
    everyday: ["Less than two years", "less code", "Delivered in less time with Python"],
  },
  {
    skill: "Make",
    skillSense: ["Build tools: Make, CMake", "GNU Make", "Makefile, Bash"],
    everyday: ["Make decisions under pressure", "make sure releases ship, using Python"],
  },
  {
    skill: "Chef",
    skillSense: ["Chef, Puppet and Ansible", "Configuration with Chef on AWS"],
    everyday: ["Head Chef at a busy restaurant", "Chef de partie", "chef"],
  },
  {
    skill: "Puppet",
    skillSense: ["Puppet and Terraform", "Ansible, Puppet"],
    everyday: ["Puppet theatre for children", "puppet shows"],
  },
  {
    skill: "Ember.js",
    skillSense: ["Ember.js front end", "Ember, JavaScript and Node.js"],
    everyday: ["Ember Cafe, waitress", "ember"],
  },
  {
    skill: "Express",
    skillSense: ["Express.js APIs", "Node.js with Express and MongoDB"],
    everyday: [
      "American Express card services",
      "Express delivery driver",
      "express my ideas",
      "Store assistant at Tesco Express; Excel and Word",
    ],
  },
  {
    skill: "Flask",
    skillSense: ["REST APIs in Flask and Python", "Django, Flask, FastAPI"],
    everyday: ["Rinsed each flask after titration", "Erlenmeyer flask"],
  },
  {
    skill: "React",
    skillSense: ["React, Redux and TypeScript", "React developer", "Front end in React and Node.js"],
    everyday: ["react quickly to incidents", "React calmly under pressure in a busy ward"],
  },
  {
    skill: "Node.js",
    skillSense: ["Node, Express and MongoDB", "Backend in Node.js"],
    everyday: ["each node of the network", "Node 3 of the cluster plan"],
  },
  {
    skill: "Apache Spark",
    skillSense: ["Spark, Hadoop and Hive", "PySpark jobs", "Apache Spark"],
    everyday: ["spark interest in science", "Spark joy in the classroom"],
  },
  {
    skill: "Pandas",
    skillSense: ["pandas, NumPy and scikit-learn", "Python (pandas)"],
    everyday: ["volunteer at the pandas sanctuary", "giant pandas"],
  },
  {
    skill: "Containers",
    skillSense: ["containers on Kubernetes", "Docker containers"],
    everyday: ["loading containers at the port", "stacked shipping containers"],
  },
  {
    skill: "Monitoring",
    skillSense: ["monitoring with Prometheus and Grafana", "Observability"],
    everyday: ["monitoring patients after surgery", "monitoring of vital signs"],
  },
  {
    skill: "AWS Lambda",
    skillSense: [
      "AWS Lambda functions",
      "Lambda, S3 and DynamoDB",
      "Serverless APIs on Lambda and API Gateway",
    ],
    everyday: ["Lambda expressions and streams in Java 8", "lambda calculus", "Greek letters such as lambda"],
  },
  {
    skill: "Julia",
    skillSense: ["Julia, Python and R for numerical computing", "Julia programming"],
    everyday: ["Julia Roberts\nSoftware Engineer — Python, Docker, Kubernetes"],
  },
  {
    skill: "Ruby",
    skillSense: ["Senior Ruby Developer with Rails, PostgreSQL", "Ruby, Python, Go"],
    everyday: ["Ruby Smith, Senior Developer. Java, Spring, AWS"],
  },
  {
    skill: "Jenkins",
    skillSense: ["CI with Jenkins and GitHub Actions", "Jenkins pipelines on Kubernetes"],
    everyday: ["Reference: Tom Jenkins, CTO. Python and Docker"],
  },
  {
    skill: "German",
    skillSense: [
      "Languages: English (native), German (B2)",
      "Fluent German",
      "German – intermediate",
      "English, German",
    ],
    everyday: ["Worked for a German bank", "German engineering standards", "german"],
  },
  {
    skill: "Polish",
    skillSense: ["Polish (native speaker)", "Languages: English, Polish"],
    everyday: ["Polish the user interface before release", "polish"],
  },
  {
    skill: "Microsoft Word",
    skillSense: ["Excel, Word, PowerPoint", "MS Word"],
    everyday: ["Word of mouth referrals grew 20%", "in other words"],
  },
  {
    skill: "Windows",
    skillSense: ["Operating System : Windows- XP & Windows - 7", "OS\tWindows,Vista", "MS Windows"],
    everyday: ["Cleaned the windows and doors", "Windows and doors fitted to the site plan"],
  },
])("$skill", ({ skill, skillSense, everyday }) => {
  it.each(skillSense)("skill: %s", (text) => {
    expect(found(text, skill)).toBe(true);
  });
  it.each(everyday)("everyday: %s", (text) => {
    expect(found(text, skill)).toBe(false);
  });
});
