import { Lexer, Parser, isAlias, isMap, isPair, isScalar, isSeq, visit, type Document, type Node } from 'yaml';

/**
 * Limits on the scenario text itself, so that a hostile or runaway file is refused as the user's
 * input problem, located, before it can exhaust memory or the stack. Real scenarios are far inside
 * them: the curated library's largest file is a few kilobytes and nests about eight levels deep.
 */

/** Longest scenario text accepted (characters; the CLI checks the file's bytes against the same figure). */
export const MAX_SCENARIO_CHARS = 1_000_000;
/** Deepest nesting of lists and mappings accepted (the parser's open collections). */
export const MAX_NESTING_DEPTH = 64;
/** Most values that aliases (`*name`) may copy in, over the whole file (an alias bomb copies billions). */
export const MAX_ALIAS_VALUES = 10_000;

/** A limit the text breaks: a message and the offset it is about. */
export interface LimitBreach {
  offset: number;
  message: string;
}

/** The text is too long. */
export function sizeBreach(text: string): LimitBreach | null {
  if (text.length <= MAX_SCENARIO_CHARS) return null;
  return { offset: 0, message: `the file is too large: ${text.length} characters, a scenario may have at most ${MAX_SCENARIO_CHARS} (MAX_SCENARIO_CHARS)` };
}

/**
 * The first place where lists and mappings nest deeper than MAX_NESTING_DEPTH, found by the
 * streaming parser (its own stack, no recursion) before the recursive composer sees the text.
 */
export function nestingBreach(text: string): LimitBreach | null {
  const parser = new Parser();
  // The parser's stack holds the document and the scalar being read besides the open collections.
  const limit = MAX_NESTING_DEPTH + 2;
  for (const lexeme of new Lexer().lex(text)) {
    for (const _ of parser.next(lexeme)) {
      // Whole documents are of no interest here, only the depth reached on the way.
    }
    if (parser.stack.length > limit) {
      return { offset: Math.max(0, parser.offset - lexeme.length), message: `nested too deeply: more than ${MAX_NESTING_DEPTH} levels of lists and mappings (MAX_NESTING_DEPTH)` };
    }
  }
  return null;
}

/** The alias at which the values copied in by aliases exceed MAX_ALIAS_VALUES, or the first alias without an anchor. */
export function aliasBreach(doc: Document): LimitBreach | null {
  const sizes = new Map<Node, number>();
  const sizeOf = (node: unknown): number => {
    if (isAlias(node)) return sizeOf(node.resolve(doc));
    if (!isMap(node) && !isSeq(node)) return isScalar(node) ? 1 : 0;
    const known = sizes.get(node);
    if (known !== undefined) return known;
    sizes.set(node, 1); // an alias to an enclosing node counts once
    let size = 1;
    for (const item of node.items) size += isPair(item) ? sizeOf(item.key) + sizeOf(item.value) : sizeOf(item);
    sizes.set(node, size);
    return size;
  };
  let copied = 0;
  let breach: LimitBreach | null = null;
  visit(doc, {
    Alias(_, alias) {
      if (alias.resolve(doc) === undefined) {
        breach = { offset: alias.range?.[0] ?? 0, message: `*${alias.source} refers to no anchor: write &${alias.source} on a value before it` };
        return visit.BREAK;
      }
      copied += sizeOf(alias);
      if (copied <= MAX_ALIAS_VALUES) return undefined;
      breach = {
        offset: alias.range?.[0] ?? 0,
        message: `too many aliases: *${alias.source} and the aliases before it copy in more than ${MAX_ALIAS_VALUES} values (MAX_ALIAS_VALUES)`,
      };
      return visit.BREAK;
    },
  });
  return breach;
}
