/** The O*NET text-database files the importer reads, with the header columns it needs. */
export const onetFiles = {
  occupations: {
    name: 'Occupation Data.txt',
    columns: ['O*NET-SOC Code', 'Title', 'Description'],
  },
  interests: {
    name: 'Interests.txt',
    columns: ['O*NET-SOC Code', 'Element ID', 'Scale ID', 'Data Value'],
  },
  skills: {
    name: 'Skills.txt',
    columns: [
      'O*NET-SOC Code',
      'Element ID',
      'Scale ID',
      'Data Value',
      'Recommend Suppress',
      'Not Relevant',
    ],
  },
  knowledge: {
    name: 'Knowledge.txt',
    columns: [
      'O*NET-SOC Code',
      'Element ID',
      'Scale ID',
      'Data Value',
      'Recommend Suppress',
      'Not Relevant',
    ],
  },
  technology: {
    name: 'Technology Skills.txt',
    columns: ['O*NET-SOC Code', 'Example', 'Hot Technology', 'In Demand'],
  },
  jobZones: { name: 'Job Zones.txt', columns: ['O*NET-SOC Code', 'Job Zone'] },
  alternateTitles: {
    name: 'Alternate Titles.txt',
    columns: ['O*NET-SOC Code', 'Alternate Title'],
  },
  related: {
    name: 'Related Occupations.txt',
    columns: ['O*NET-SOC Code', 'Related O*NET-SOC Code', 'Relatedness Tier', 'Index'],
  },
  tasks: {
    name: 'Task Statements.txt',
    columns: ['O*NET-SOC Code', 'Task ID', 'Task', 'Task Type'],
  },
  contentModel: {
    name: 'Content Model Reference.txt',
    columns: ['Element ID', 'Element Name', 'Description'],
  },
  education: {
    name: 'Education, Training, and Experience.txt',
    columns: ['O*NET-SOC Code', 'Element ID', 'Scale ID', 'Category', 'Data Value'],
  },
  educationCategories: {
    name: 'Education, Training, and Experience Categories.txt',
    columns: ['Element ID', 'Scale ID', 'Category', 'Category Description'],
  },
} as const;

export type OnetFileKey = keyof typeof onetFiles;
export type OnetColumn<K extends OnetFileKey> = (typeof onetFiles)[K]['columns'][number];

/** Names the release (first line "O*NET 29.3 Database"). */
export const readMeFile = 'Read Me.txt';

export const requiredFileNames: string[] = [
  ...Object.values(onetFiles).map((file) => file.name),
  readMeFile,
];
