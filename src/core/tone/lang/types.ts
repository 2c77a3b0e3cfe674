/**
 * What the draft checks know about one language. Phrase patterns use the matcher syntax
 * (../matcher.ts: words, `*` for "the word goes on"); they are folded, so diacritics are optional.
 */

export interface StockPhrase {
  /** Pattern of the template phrase. */
  p: string;
  /** A human replacement offered as a one-click fix (same grammatical slot), if there is a safe one. */
  fix?: string;
}

export interface AddressRules {
  /** Formal (V) pronouns, folded compare ("jūs", "jums", "jūsu"). */
  formalPronouns: string[];
  /** Informal (T) pronouns. */
  informalPronouns: string[];
  /** Verb forms that only go with formal address (2nd person plural). */
  formalVerbs: string[];
  /** Verb forms that only go with informal address (2nd person singular). */
  informalVerbs: string[];
  /** Endings (on the lower-cased word as written) that mark a 2nd person plural verb. */
  formalEnding?: RegExp;
  /** Endings that mark a 2nd person singular verb. */
  informalEnding?: RegExp;
  /** Lower-cased words that end like a verb form but are not one ("сайте", "šķiet"). */
  notVerbs?: string[];
  /** The formal pronoun to name in suggestions ("Jūs"). */
  formalName: string;
  /** The informal pronoun to name in suggestions ("tu"). */
  informalName: string;
}

export interface LangPack {
  lang: string;
  /** Openers: greetings and thanks ("Sveiki", "Paldies"). Looked for at the start of the draft. */
  greetings: string[];
  /** A greeting to offer in a fix, formal and informal (`{name}` is replaced, or dropped with its comma). */
  greet: { formal: string; informal: string };
  /** Template phrases that read robotic. */
  stock: StockPhrase[];
  /** Acknowledgement or apology ("sorry", "mums žēl", "понимаем"). */
  ack: string[];
  /** A next step or time commitment ("we'll check", "pārbaudīsim", "до 14:30"). */
  nextStep: string[];
  /** Future/commitment verb endings on the lower-cased word ("-sim" in Latvian). */
  nextStepEnding?: RegExp;
  /** Words ending like that which are not commitments. */
  notNextStep?: string[];
  /** Blaming or lecturing the customer. */
  blame: string[];
  /** Slang and chat register (off-voice in a formal voice). */
  slang: string[];
  /** Laughter and jokes (off-voice on a complaint). */
  humour: string[];
  /** Warmth markers (tone summary). */
  warm: string[];
  /** Formal register markers (tone summary): "Dear", "Ar cieņu". */
  formalRegister: string[];
  /** Cues that a post complains (fallback when no classification is given). */
  complaintCues: string[];
  /** Formal vs informal address; absent for English. */
  address?: AddressRules;
}
