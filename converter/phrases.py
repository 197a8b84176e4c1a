"""The drafting phrases of UN resolutions: how preambular and operative paragraphs open.

Preambular paragraphs open with a participle or adjective ("Recalling", "Deeply concerned",
"Having considered", "Mindful"); operative paragraphs with a verb in the third person
("Decides", "Also requests", "Strongly condemns"). The opening phrase is printed in italics;
``lead`` recovers it from plain text: the opening word, the adverbs before it and the
complements that belong to the phrase ("Taking note with appreciation", "Bearing in mind").
"""
from __future__ import annotations

import re

# adjectives and participles that open preambular paragraphs without -ing/-ed
_PREAMBLE_ADJ = {
    "mindful", "aware", "conscious", "cognizant", "desirous", "confident", "anxious", "convinced", "concerned",
    "determined", "resolved", "committed", "alarmed", "guided", "encouraged", "seized", "disturbed", "dismayed",
    "deeply", "gravely", "seriously", "firmly", "strongly", "fully", "equally", "profoundly", "particularly",
    "keenly", "greatly", "further", "also", "bearing", "having", "being", "remaining", "noting", "in",
}
_ADVERBS = {
    "also", "further", "furthermore", "again", "once", "deeply", "gravely", "seriously", "firmly", "strongly",
    "fully", "equally", "profoundly", "particularly", "keenly", "greatly", "urgently", "solemnly", "formally",
    "unequivocally", "sincerely", "warmly", "duly", "officially", "respectfully", "still", "likewise",
    "similarly", "moreover", "most", "more", "emphatically", "categorically", "vigorously",
}
# words that continue the opening phrase
_COMPLEMENTS = [
    r"also", r"further", r"furthermore", r"again", r"once again", r"once more", r"in particular", r"in this regard",
    r"in mind", r"into account", r"into consideration", r"note", r"due note", r"upon", r"on", r"for",
    r"with (?:(?:deep|grave|great|serious|profound|particular|renewed|utmost|growing|increasing|continued|"
    r"deepest|gravest|sincere|high|special) )?(?:concern|appreciation|satisfaction|regret|alarm|interest|"
    r"gratitude|approval|dismay|disappointment|sadness|shock|indignation|pride|serious concern)",
    r"its (?:(?:deep|grave|great|serious|profound|particular|strong|firm|full|unwavering|continued|"
    r"sincere|deepest|gravest|utmost) )?(?:concern|appreciation|satisfaction|regret|gratitude|support|"
    r"commitment|condemnation|conviction|determination|call|request|invitation|belief|hope|solidarity|"
    r"resolve|intention|view|readiness|position|endorsement|approval|recognition|thanks|sympathy|condolences)",
    r"(?:deep|grave|serious|profound|particular|strong|great|full) (?:concern|appreciation|regret|support|alarm)",
    r"concern", r"appreciation", r"satisfaction", r"regret", r"support", r"solidarity", r"gratitude",
    r"in the strongest (?:possible )?terms", r"unequivocally", r"with appreciation", r"attention",
]
_COMPLEMENT_RE = re.compile(r"\s+(?:" + "|".join(_COMPLEMENTS) + r")(?=[\s,;:]|$)")


_LETTER_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")
_PARTICIPLE = re.compile(r" (?:[a-z]+ly )?[a-z]+(?:ed|en|wn)\b")
_TO_VERB = re.compile(r" to [a-z]+\b")
_CALL_END = re.compile(r"(?:Call|call)\w*$")
_TAKE_END = re.compile(r"tak\w*$", re.I)
_CALL_DRAW_END = re.compile(r"[Cc]all\w*$|[Dd]raw\w*$")
_EXPRESS = re.compile(r"(?:Express|Reiterat|Reaffirm|Renew)", re.I)
# complements that go with the verbs of _EXPRESS only ("Expresses its deep concern")
_EXPRESSED = frozenset(("concern", "appreciation", "satisfaction", "regret", "support", "solidarity", "gratitude", "deep",
                        "grave", "serious", "profound", "particular", "strong", "great", "full", "its"))


# the first four words of _LETTER_WORD in one match (findall would find all the words of the 80 characters)
_WORD_GROUP = r"[^A-Za-z]*+([A-Za-z][A-Za-z-]*+)"
_FIRST_FOUR_WORDS = re.compile(_WORD_GROUP + "(?:" + _WORD_GROUP + "(?:" + _WORD_GROUP + "(?:" + _WORD_GROUP + ")?)?)?")
# the last text asked about and its first four words: the opening of a line or paragraph is asked about several
# times in a row (a drafting phrase? a common one? an operative verb?), and its words are found once
_last_words: tuple[str, tuple[str, ...]] = ("", ())


def _first_words(text: str, n: int = 3) -> tuple[str, ...]:
    """``_LETTER_WORD.findall(text, 0, 80)[:n]`` for n up to 4 (a tuple)."""
    global _last_words
    last = _last_words  # (one read: the pair stays whole, whatever another thread stores)
    if last[0] is not text:
        m = _FIRST_FOUR_WORDS.match(text, 0, 80)
        # the groups are in a row, none inside another: the last that matched is the last word found
        last = _last_words = (text, m.groups()[: m.lastindex] if m else ())
    return last[1][:n]


_COMMON_OPENERS = set(
    "recalling recognizing recognising reaffirming noting welcoming taking emphasizing emphasising stressing "
    "acknowledging having bearing mindful convinced deeply concerned expressing underlining reiterating aware "
    "conscious considering guided encouraging affirming highlighting gravely condemning underscoring commending "
    "cognizant alarmed deploring determined strongly urging seriously calling referring wishing remaining "
    "believing desirous regretting appreciating committed confirming supporting honouring looking resolved "
    "renewing observing realizing reminding marking inviting endorsing further also "
    "acting adhering approving commemorating contemplating declaring desiring expecting "
    "fulfilling giving hoping keeping paying pledging recommitting re-emphasizing reemphasizing rejecting "
    "remembering resolving seeking sharing upholding viewing encouraged anxious reconfirming continuing being "
    "disappointed seized proceeding understanding committing trusting".split()
)


def preamble_opener(text: str) -> bool:
    """Does ``text`` open like a preambular paragraph?"""
    words = _first_words(text, 3)
    if not words or not words[0][:1].isupper():
        return False
    first = words[0].lower()
    if first not in _COMMON_OPENERS and len(words) > 1 and words[1][:1].isupper():
        return False  # "United States", "Beijing Declaration": a name, not a drafting phrase
    i = 0
    if first in ("also", "further"):
        i = 1 if len(words) > 1 else 0
    else:  # past the adverbs ("Deeply concerned"), but not past "also" or "further" after one
        while i < len(words) - 1 and words[i].lower() in _ADVERBS and words[i].lower() not in ("also", "further"):
            i += 1
    w = words[i].lower() if i else first
    if w in ("bearing", "having", "being", "noting"):
        return True
    if w.endswith("ing") and len(w) > 4:
        return True
    if w in _PREAMBLE_ADJ and w not in _ADVERBS:
        return True
    if w.endswith("ed") and len(w) > 4 and (i == 0 or first in _ADVERBS) and not w.endswith("eed"):
        return True
    return False


# words in -s that open no operative paragraph
_NOT_VERBS = frozenset(("is", "was", "has", "this", "its", "his", "thus", "as", "us", "various", "unless", "status",
                        "always", "perhaps", "nevertheless", "progress", "process", "access", "success", "business",
                        "congress"))


# words that never follow a drafting verb, though they follow a plural noun that opens a sentence
_NOT_AFTER_VERB = frozenset(("of", "can", "may", "shall", "should", "will", "must", "could", "would", "might", "are",
                             "were", "have", "had"))


def operative_opener(text: str) -> bool:
    """Does ``text`` open like an operative paragraph ("Decides", "Also requests", "Strongly condemns")?"""
    words = _first_words(text, 4)
    if not words or not words[0][:1].isupper():
        return False
    i = 0
    while i < len(words) - 1 and words[i].lower() in _ADVERBS:
        i += 1
    w = words[i]
    if i and not w[:1].islower() and not w[:1].isupper():
        return False
    wl = w.lower()
    if wl in _NOT_VERBS or i + 1 < len(words) and words[i + 1] in _NOT_AFTER_VERB:
        # (a plural noun: "Conditions of service", "Summaries of records", "Nominations can also be submitted";
        # no drafting verb takes "of", nor has a modal or auxiliary verb after it)
        return False
    return wl.endswith("s") and not wl.endswith(("ss", "us", "is")) and len(wl) > 3


def lead(text: str, kind: str) -> str:
    """The italicised opening phrase of a preambular or operative paragraph ("" if none)."""
    if kind == "heading":
        return ""
    if kind == "preamble":
        if not preamble_opener(text):
            return ""
    elif kind == "paragraph":
        if not operative_opener(text):
            return ""
    else:
        return ""
    if not ("A" <= text[:1] <= "Z" and "a" <= text[1:2] <= "z"):
        return ""  # a phrase opens with a capital and a small letter ("Recalling", "Decides")
    words = text.split(" ", 4)  # the first four words (and the rest) are all that is looked at
    # adverbs, then the opening word
    i = 0
    out = []
    while i < len(words) and words[i].lower().rstrip(",") in _ADVERBS and i < 3:
        out.append(words[i])
        i += 1
    if i >= len(words):
        return ""
    if words[i].endswith(","):
        out.append(words[i][:-1])
        return " ".join(out)
    out.append(words[i])
    main = words[i]
    main_lower = main.lower()
    phrase = " ".join(out)  # a prefix of ``text``: the phrase grows along the text from len(phrase)
    # "Deeply concerned", "Bearing in mind", "Taking note with appreciation", "Calls upon"
    if main_lower == "bearing" and text.startswith(" in mind", len(phrase)):
        phrase += " in mind"
    m = _PARTICIPLE.match(text, len(phrase)) if main_lower in ("having", "being") else None
    if m:  # "Having considered", "Having also examined", "Being deeply concerned"
        phrase += m.group(0)
    m = _TO_VERB.match(text, len(phrase)) if main_lower in ("continues", "continuing") else None
    if m:
        phrase += m.group(0)
    while True:
        m = _COMPLEMENT_RE.match(text, len(phrase))
        if not m:
            break
        # "for"/"on"/"upon" only right after verbs that take them
        word = m.group(0).strip()
        if word in ("for", "on", "upon") and not _CALL_END.search(phrase):
            break
        if word in ("note", "due note") and not _TAKE_END.search(phrase):
            break
        if word in ("also", "further", "furthermore") and kind != "preamble" and not phrase.lower().endswith("note"):
            break
        if word in ("attention",) and not _CALL_DRAW_END.search(phrase):
            break
        if word.split()[0] in _EXPRESSED and not _EXPRESS.match(main):
            break
        phrase += m.group(0)
    return phrase.strip()


def _opens_with_common(text: str, vocabulary: set[str], opener) -> bool:
    words = _first_words(text, 2)
    if not words:
        return False
    first = words[0].lower()
    if first not in vocabulary and first in _ADVERBS and len(words) > 1 and words[1][:1].islower():
        first = words[1]  # a common word after an adverb: "Equally concerned", "Similarly recalling"
    return first in vocabulary and opener(text)


def strong_preamble_opener(text: str) -> bool:
    """A common drafting phrase ("Recalling", "Deeply concerned") opens ``text``: strong evidence of a new paragraph."""
    return _opens_with_common(text, _COMMON_OPENERS, preamble_opener)


_COMMON_OPERATIVE = set(
    "decides requests calls urges invites encourages welcomes notes takes recognizes recognises reaffirms "
    "emphasizes emphasises stresses expresses underlines underscores recommends acknowledges affirms approves "
    "appeals authorizes commends condemns considers demands deplores designates endorses reiterates "
    "supports calls proclaims adopts appreciates invites looks renews highlights determines agrees "
    "reminds regrets deeply strongly also further again once appoints elects accepts resolves declares "
    "confirms entrusts establishes extends instructs suggests transmits solemnly".split()
)


def common_operative_opener(text: str) -> bool:
    """A common operative verb ("Decides", "Also requests") opens ``text``: strong evidence of a new paragraph."""
    return _opens_with_common(text, _COMMON_OPERATIVE, operative_opener)
