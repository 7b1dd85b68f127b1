/** One nginx directive: its name, arguments, and the directives of its block (if any). */
export interface NginxDirective {
  name: string;
  args: string[];
  block?: NginxDirective[];
}

/**
 * Parses nginx.conf syntax (directives, blocks, quoted strings, comments): enough to check what a
 * shipped configuration says without an nginx binary.
 */
export function parseNginx(text: string): NginxDirective[] {
  const tokens = text.match(/#[^\n]*|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|[{};]|[^\s{};'"#]+/g) ?? [];
  let at = 0;
  const parseBlock = (): NginxDirective[] => {
    const out: NginxDirective[] = [];
    let words: string[] = [];
    while (at < tokens.length) {
      const token = tokens[at++] as string;
      if (token.startsWith('#')) continue;
      if (token === '}') return out;
      if (token === ';' || token === '{') {
        const [name, ...args] = words;
        if (name === undefined) throw new Error(`unexpected ${token}`);
        out.push(token === '{' ? { name, args, block: parseBlock() } : { name, args });
        words = [];
        continue;
      }
      words.push(/^['"]/.test(token) ? token.slice(1, -1) : token);
    }
    if (words.length > 0) throw new Error(`unterminated directive ${words.join(' ')}`);
    return out;
  };
  return parseBlock();
}

/** Every directive named `name` at any depth, with the chain of blocks that holds it. */
export function findAll(
  tree: readonly NginxDirective[],
  name: string,
  parents: NginxDirective[] = [],
): { directive: NginxDirective; parents: NginxDirective[] }[] {
  const found: { directive: NginxDirective; parents: NginxDirective[] }[] = [];
  for (const directive of tree) {
    if (directive.name === name) found.push({ directive, parents });
    if (directive.block) found.push(...findAll(directive.block, name, [...parents, directive]));
  }
  return found;
}
