/** How the catalogue tests tell a sentence left in English: runs of English words, names and formats aside. */

/** Words that are the same in every language: names of things, formats, keys. */
const SAME_EVERYWHERE = /^(lawdiff|JSON|HTML|PDF|Word|XML|URL|IndexedDB|https?|www|docx|pdf|html|txt|md|xml|json|KB|MB|GB|B|n|j|p|k|Akoma|Ntoso|USLM|GII|MOJ|CJK|BCP|UTF|GB18030|Big5|zh|de|en|org|lit|·)$/u;

/** Words that name things, the same in a Chinese or German sentence: file names, protocols, formats, German legal terms. */
const NAMES = /\b[\w.-]+\.(?:json|md|txt|xml|docx|pdf|html?)\b|\b(?:HTTPS?|CORS|localhost|Begründung|lawdiff|IndexedDB|JSON|HTML|PDF|Word|XML|Akoma Ntoso|USLM|Markdown|Unicode|UTF-8|GB18030|Big5|Service Worker)\b|YYYY-MM-DD|gesetze-im-internet\.de|dokumente\/norm|https?:\/\/\S+/gu;

/** Runs of two or more English-looking words (what a sentence left untranslated has), names aside. */
export function englishWords(text: string): string[] {
  const t = text.replace(/⁨.*?⁩|“.*?”|„.*?“|「.*?」|《.*?》/gu, ' ').replace(NAMES, ' ');
  return (t.match(/[A-Za-z]{3,}(?:[ ,'’-]+[A-Za-z]{2,})+/gu) ?? []).filter((w) => !w.split(/[ ,'’-]+/u).every((x) => SAME_EVERYWHERE.test(x)));
}

