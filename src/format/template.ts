/**
 * Fills `{name}` placeholders from `values`. A placeholder with no value is an error, unless the
 * caller says what to put there instead (the UI strings keep it for the browser to fill later).
 */
export function fillTemplate(template: string, values: Record<string, string | number>, missing?: (name: string) => string): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (name in values) return String(values[name]);
    if (missing) return missing(name);
    throw new Error(`no value for {${name}} in "${template}"`);
  });
}
