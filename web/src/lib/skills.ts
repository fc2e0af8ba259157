import { skillCategories, type TSkillCategory } from '../../../contracts/skills';

export const categoryLabels: Record<TSkillCategory, string> = {
  programming: 'Programming',
  framework: 'Frameworks',
  tool: 'Tools',
  data: 'Data',
  cloud: 'Cloud',
  design: 'Design',
  soft: 'Soft skills',
  language: 'Languages',
  domain: 'Domain knowledge',
  business: 'Business',
  foundational: 'Foundational skills',
  knowledge: 'Knowledge areas',
};

/** Singular form, used for a single skill's category badge. */
export const categoryNames: Record<TSkillCategory, string> = {
  programming: 'Programming',
  framework: 'Framework',
  tool: 'Tool',
  data: 'Data',
  cloud: 'Cloud',
  design: 'Design',
  soft: 'Soft skill',
  language: 'Language',
  domain: 'Domain knowledge',
  business: 'Business',
  foundational: 'Foundational skill',
  knowledge: 'Knowledge area',
};

export { skillCategories };

export function parseCategory(value: string | null): TSkillCategory | undefined {
  return skillCategories.find((category) => category === value);
}

/** Aliases worth showing: those that differ from the name by more than letter case. */
export function displayAliases(skill: { name: string; aliases: readonly string[] }): string[] {
  const name = skill.name.toLocaleLowerCase();
  return skill.aliases.filter((alias) => alias.toLocaleLowerCase() !== name);
}
