#include "fouille_icu.h"
#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>
#include <unicode/uversion.h>

struct FouilleSegmenter {
    UBreakIterator *words;
    UBreakIterator *sentences;
    UText runText;       // a run of non-ASCII text, over the caller's UTF-8
    UText documentText;  // the whole text, for sentence decisions
    const uint8_t *text; // the text last segmented, given to the sentence
    int32_t textLength;  // iterator only when a decision needs ICU
    int textSet;
};

static void copy_error(UErrorCode status, char *error, int32_t capacity) {
    if (error && capacity > 0) {
        strncpy(error, u_errorName(status), (size_t)capacity - 1);
        error[capacity - 1] = 0;
    }
}

FouilleSegmenter *fouille_segmenter_open(const char *locale, char *error, int32_t errorCapacity) {
    UErrorCode status = U_ZERO_ERROR;
    FouilleSegmenter *s = calloc(1, sizeof(FouilleSegmenter));
    if (!s) { copy_error(U_MEMORY_ALLOCATION_ERROR, error, errorCapacity); return NULL; }
    UText blank = UTEXT_INITIALIZER;
    s->runText = blank;
    s->documentText = blank;
    s->words = ubrk_open(UBRK_WORD, locale, NULL, 0, &status);
    // "fr_FR" answers U_USING_DEFAULT_WARNING (root rules): only failures count.
    if (U_FAILURE(status)) { copy_error(status, error, errorCapacity); fouille_segmenter_close(s); return NULL; }
    status = U_ZERO_ERROR;
    s->sentences = ubrk_open(UBRK_SENTENCE, locale, NULL, 0, &status);
    if (U_FAILURE(status)) { copy_error(status, error, errorCapacity); fouille_segmenter_close(s); return NULL; }
    return s;
}

void fouille_segmenter_close(FouilleSegmenter *s) {
    if (!s) return;
    if (s->words) ubrk_close(s->words);
    if (s->sentences) ubrk_close(s->sentences);
    utext_close(&s->runText);
    utext_close(&s->documentText);
    free(s);
}

// The fast path. For text made only of ASCII and Latin letters (U+00C0 to
// U+017F: the accented letters of French, œ, æ), ICU's root word rules (UAX
// #29) reduce to a few cases, reproduced here byte for byte: letters and
// digits join; letter + ' . ’ + letter joins (MidNumLet, MidLetter); digit
// + , ; . ' + digit joins (MidNum); underscores join; every other character
// stands alone. Any other character sends its whole run to ICU. The tests
// check that both give the same boundaries on every report of the corpora.

// Byte length of a Latin letter (ASCII or U+00C0..U+017F but × ÷) at p[i], or 0.
static int latin_letter(const uint8_t *p, int32_t i, int32_t end) {
    uint8_t b = p[i];
    if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z')) return 1;
    if (i + 1 < end && (p[i + 1] & 0xC0) == 0x80) {
        if (b == 0xC3) return (p[i + 1] == 0x97 || p[i + 1] == 0xB7) ? 0 : 2;
        if (b == 0xC4 || b == 0xC5) return 2;
        if (b == 0xC2 && (p[i + 1] == 0xB5 || p[i + 1] == 0xAA || p[i + 1] == 0xBA)) return 2;  // µ ª º are letters
    }
    return 0;
}

// Byte length of a character whose word-break property is Other (it stands
// alone, as ICU's rule WB999 has it) and that French reports use often:
// ° ² ³ « » no-break space × ÷ – — ‑ ‐ “ ” … • € ≤ ≥ ±. Anything else sends
// its run to ICU.
static int other_symbol(const uint8_t *p, int32_t i, int32_t end) {
    uint8_t b = p[i];
    if (b == 0xC2 && i + 1 < end) {
        uint8_t c = p[i + 1];
        return (c == 0xB0 || c == 0xB2 || c == 0xB3 || c == 0xAB || c == 0xBB || c == 0xA0 || c == 0xB1) ? 2 : 0;
    }
    if (b == 0xC3 && i + 1 < end) return (p[i + 1] == 0x97 || p[i + 1] == 0xB7) ? 2 : 0;
    if (b == 0xE2 && i + 2 < end) {
        uint8_t c = p[i + 1], d = p[i + 2];
        if (c == 0x80) return (d == 0x90 || d == 0x91 || d == 0x93 || d == 0x94 || d == 0x9C || d == 0x9D || d == 0xA6 || d == 0xA2) ? 3 : 0;
        if (c == 0x82 && d == 0xAC) return 3;
        if (c == 0x89 && (d == 0xA4 || d == 0xA5)) return 3;
    }
    return 0;
}
static int is_digit(uint8_t b) { return b >= '0' && b <= '9'; }

// 1: ASCII letter, digit or underscore; 2: a byte of a non-ASCII character;
// 3: a blank (space, tab, line feed, CR), which ends a run; 0: other ASCII.
static const uint8_t WORD_CLASS[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 3, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1,
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2
};

static int word_char(const uint8_t *p, int32_t i, int32_t end) {
    if (is_digit(p[i]) || p[i] == '_') return 1;
    return latin_letter(p, i, end);
}
// Byte length of an apostrophe or full stop joining letters (' . ’), or 0.
static int mid_letter(const uint8_t *p, int32_t i, int32_t end) {
    if (p[i] == '\'' || p[i] == '.') return 1;
    // ’ and ‘ are MidNumLet like the apostrophe.
    if (p[i] == 0xE2 && i + 2 < end && p[i + 1] == 0x80 && (p[i + 2] == 0x99 || p[i + 2] == 0x98)) return 3;
    return 0;
}

// Word boundaries of the run starting at `start` (up to the next blank) by
// the fast path, appended at out[count...]; returns the new count and sets
// *runEnd, or returns -1 when the run holds a character the fast path does
// not cover (the caller then asks ICU for the whole run). One pass: the run's
// end is found while segmenting it (a character never straddles a blank, so
// bounds are checked against the text's end).
static int32_t fast_run(const uint8_t *p, int32_t start, int32_t end, int32_t *out, int32_t count, int32_t *runEnd) {
    int32_t i = start;
    while (i < end) {
        uint8_t cls = WORD_CLASS[p[i]];
        if (cls == 3) break;
        int size = cls == 1 ? 1 : cls == 2 ? latin_letter(p, i, end) : 0;
        if (size) {
            int32_t j = i + size;
            int32_t last = i;  // start of the last word character
            for (;;) {
                int next;
                while (j < end) {
                    uint8_t c = WORD_CLASS[p[j]];
                    if (c == 1) {
                        // ASCII letters and digits, most of a word: a tight loop on a pointer.
                        const uint8_t *q = p + j + 1, *e = p + end;
                        while (q < e && WORD_CLASS[*q] == 1) q++;
                        j = (int32_t)(q - p);
                        last = j - 1;
                        continue;
                    }
                    if (c == 2 && (next = latin_letter(p, j, end))) { last = j; j += next; continue; }
                    break;
                }
                if (j < end && WORD_CLASS[p[j]] != 3) {
                    int mid = mid_letter(p, j, end);
                    if (p[j] >= 0x80 && mid == 0 && !other_symbol(p, j, end)) return -1;
                    if (mid && j + mid < end && latin_letter(p, last, end) && latin_letter(p, j + mid, end)) { j += mid; continue; }
                    uint8_t m = p[j];
                    if ((m == ',' || m == ';' || m == '.' || m == '\'') && is_digit(p[last]) && j + 1 < end && is_digit(p[j + 1])) { j += 1; continue; }
                }
                break;
            }
            i = j;
        } else if (cls == 0) {
            i += 1;
        } else if (mid_letter(p, i, end) == 3) {
            i += 3;
        } else {
            int other = other_symbol(p, i, end);
            if (!other) return -1;
            i += other;
        }
        out[count++] = i;
    }
    *runEnd = i;
    return count;
}

static int32_t icu_run(FouilleSegmenter *s, const uint8_t *utf8, int32_t i, int32_t j, int32_t *out, int32_t count, UErrorCode *status) {
    utext_openUTF8(&s->runText, (const char *)(utf8 + i), j - i, status);
    if (U_FAILURE(*status)) return count;
    ubrk_setUText(s->words, &s->runText, status);
    if (U_FAILURE(*status)) return count;
    for (int32_t k = ubrk_next(s->words); k != UBRK_DONE; k = ubrk_next(s->words)) out[count++] = i + k;
    return count;
}

int32_t fouille_icu_word_boundaries(FouilleSegmenter *s, const uint8_t *utf8, int32_t length, int32_t *words) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t count = 0;
    words[count++] = 0;
    count = icu_run(s, utf8, 0, length, words, count, &status);
    return U_FAILURE(status) ? -(int32_t)status : count;
}

// The sentence iterator gets the document on the first decision asked of it.
// Answers 1 or 0, or a negative ICU error code.
static int32_t sentence_is_boundary(FouilleSegmenter *s, int32_t offset) {
    if (!s->textSet) {
        UErrorCode status = U_ZERO_ERROR;
        utext_openUTF8(&s->documentText, (const char *)s->text, s->textLength, &status);
        ubrk_setUText(s->sentences, &s->documentText, &status);
        if (U_FAILURE(status)) return -(int32_t)status;
        s->textSet = 1;
    }
    return ubrk_isBoundary(s->sentences, offset) ? 1 : 0;
}

// ICU's sentence rules (UAX #29) after terminal punctuation and blanks, decided
// here where the next characters settle them, and asked of ICU otherwise:
// "." then an upper-case letter breaks (SB11) and "." then a lower-case letter
// does not (SB8); "!" or "?" then a letter breaks. After "." and anything
// else, SB8 skips what is neither a letter, a terminal nor a separator (digits,
// spaces, symbols: "env. 12 mm" joins) and the first of those decides; a
// continuation mark or terminal right after the blanks joins (SB8a). The
// tests check these decisions against ICU on every candidate of the corpora.
static int sentence_break(FouilleSegmenter *s, const uint8_t *utf8, int32_t length, int32_t terminal, int32_t next) {
    uint8_t t = utf8[terminal], n = utf8[next];
    int upper = n >= 'A' && n <= 'Z', lower = n >= 'a' && n <= 'z';
    if (t == '.' && upper) return 1;
    if (t == '.' && lower) return 0;
    if ((t == '!' || t == '?') && (upper || lower)) return 1;
    // SB8a: a continuation mark or a terminal right after the blanks joins.
    if (n == ',' || n == '-' || n == ':' || n == ';' || n == '.' || n == '!' || n == '?') return 0;
    if (t == '.') {
        for (int32_t k = next; k < length; k++) {
            uint8_t c = utf8[k];
            if (c >= 'a' && c <= 'z') return 0;
            if (c >= 'A' && c <= 'Z') return 1;
            if (c == '.' || c == '!' || c == '?' || c == '\n' || c == '\r') return 1;
            if (c == 0xC3 && k + 1 < length) {
                // Latin-1 letters: À to Þ are upper case, ß to ÿ lower case (but × and ÷).
                uint8_t d = utf8[k + 1];
                if (d >= 0x80 && d <= 0x9E && d != 0x97) return 1;
                if (d >= 0x9F && d <= 0xBF && d != 0xB7) return 0;
            }
            if (c >= 0x80) break;
        }
    }
    return sentence_is_boundary(s, next);
}

int32_t fouille_icu_is_sentence_boundary(FouilleSegmenter *s, int32_t offset) {
    return sentence_is_boundary(s, offset);
}

static int is_blank(uint8_t b) { return WORD_CLASS[b] == 3; }

int32_t fouille_segment(FouilleSegmenter *s, const uint8_t *utf8, int32_t length,
                        int32_t *words, int32_t *wordCount,
                        int32_t *sentences, int32_t *sentenceCount) {
    *wordCount = 0;
    *sentenceCount = 0;
    UErrorCode status = U_ZERO_ERROR;
    // ICU reads the caller's UTF-8 in place through UText: offsets come back
    // as UTF-8 byte offsets and nothing is converted.
    s->text = utf8;
    s->textLength = length;
    s->textSet = 0;

    int32_t count = 0, candidates = 0;
    words[count++] = 0;
    // Runs of non-blank text go to the fast path when it applies, else to
    // ICU. Blanks (space, tab, line feed) always break in both.
    int32_t i = 0;
    while (i < length) {
        uint8_t b = utf8[i];
        if (is_blank(b)) {
            int32_t j = i;
            int lineBreak = 0;
            // Boundaries inside blanks as ICU puts them: spaces join, CR LF
            // joins, every other line break or tab stands alone.
            while (j < length && is_blank(utf8[j])) {
                uint8_t c0 = utf8[j];
                lineBreak |= c0 == '\n';
                if (c0 == ' ') { while (j < length && utf8[j] == ' ') j++; }
                else if (c0 == '\r' && j + 1 < length && utf8[j + 1] == '\n') j += 2;
                else j++;
                words[count++] = j;
            }
            if (j < length && i > 0) {
                // A sentence may start after a line break, or after . ! ? … (and
                // closing marks) followed by blanks, when ICU's rules agree.
                int32_t k = i - 1;
                while (k > 0 && (utf8[k] == ')' || utf8[k] == '"' || utf8[k] == ']' || (utf8[k] == 0xBB && utf8[k - 1] == 0xC2))) k -= utf8[k] == 0xBB ? 2 : 1;
                uint8_t last = utf8[k];
                int terminal = last == '.' || last == '!' || last == '?' || (last == 0xA6 && k >= 2 && utf8[k - 1] == 0x80 && utf8[k - 2] == 0xE2);
                int verdict = lineBreak || !terminal ? lineBreak : sentence_break(s, utf8, length, k, j);
                if (verdict < 0) return verdict;  // an ICU error
                if (verdict) sentences[candidates++] = j;
            }
            i = j;
            continue;
        }
        int32_t j = i;
        int32_t fast = fast_run(utf8, i, length, words, count, &j);
        if (fast >= 0) {
            count = fast;
        } else {
            j = i;
            while (j < length && !is_blank(utf8[j])) j++;
            status = U_ZERO_ERROR;
            count = icu_run(s, utf8, i, j, words, count, &status);
            if (U_FAILURE(status)) return -(int32_t)status;
        }
        i = j;
    }
    *wordCount = count;
    *sentenceCount = candidates;
    return 0;
}

int32_t fouille_to_lower(int32_t codePoint) { return u_tolower(codePoint); }

int32_t fouille_is_alphabetic(int32_t codePoint) { return u_hasBinaryProperty(codePoint, UCHAR_ALPHABETIC) ? 1 : 0; }

int32_t fouille_decompose(int32_t codePoint, int32_t *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfd = unorm2_getNFDInstance(&status);
    if (U_FAILURE(status)) return 0;
    UChar buffer[16];
    int32_t units = unorm2_getDecomposition(nfd, codePoint, buffer, 16, &status);
    if (U_FAILURE(status) || units <= 0) return 0;
    int32_t count = 0, i = 0;
    while (i < units) {
        UChar32 c;
        U16_NEXT(buffer, i, units, c);
        if (count >= capacity) return 0;
        out[count++] = c;
    }
    return count;
}

int32_t fouille_compose_pair(int32_t first, int32_t second) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&status);
    if (U_FAILURE(status)) return -1;
    UChar32 composed = unorm2_composePair(nfc, first, second);
    return composed < 0 ? -1 : composed;
}

const char *fouille_icu_version(void) {
    static char version[U_MAX_VERSION_STRING_LENGTH];
    UVersionInfo info;
    u_getVersion(info);
    u_versionToString(info, version);
    return version;
}
