/** { "./en/common.json": module } → { common: strings }: one locale's namespaces from an import.meta.glob. */
export function namespacesOf(files: Record<string, { default: Record<string, unknown> }>): Record<string, Record<string, unknown>> {
  const namespaces: Record<string, Record<string, unknown>> = {};
  for (const [path, module] of Object.entries(files)) {
    const match = /\/([\w-]+)\.json$/.exec(path);
    if (match) namespaces[match[1]!] = module.default;
  }
  return namespaces;
}
