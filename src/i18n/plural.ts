/** The forms of a counted phrase; `#` stands for the count. `other` is the form every language has. */
export type PluralForms = Readonly<Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>;

const rulesByLocale = new Map<string, Intl.PluralRules>();

/** "1 document", "3 documents": the form Intl.PluralRules chooses for `count` in `locale`, with # replaced by the count. */
export function plural(locale: string, count: number, forms: PluralForms): string {
  let rules = rulesByLocale.get(locale);
  if (rules === undefined) {
    rules = new Intl.PluralRules(locale);
    rulesByLocale.set(locale, rules);
  }
  return (forms[rules.select(count)] ?? forms.other).replaceAll('#', String(count));
}
