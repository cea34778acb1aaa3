#ifndef FOUILLE_ICU_H
#define FOUILLE_ICU_H
// Public face of the ICU shim. It includes no ICU header on purpose: a Swift
// module that sees both the system ICU headers and Foundation's bundled ICU
// fails to compile, so Swift only ever sees opaque handles and stdint types.
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// A word and sentence segmenter over UTF-8 text. Not thread-safe: one per thread.
typedef struct FouilleSegmenter FouilleSegmenter;

/// Opens a segmenter for a locale (e.g. "fr_FR"). Returns NULL on failure and
/// writes ICU's error name into `error` (NUL-terminated, at most `errorCapacity` bytes).
FouilleSegmenter *fouille_segmenter_open(const char *locale, char *error, int32_t errorCapacity);

void fouille_segmenter_close(FouilleSegmenter *segmenter);

/// Segments `length` bytes of valid UTF-8, read in place.
///
/// Writes word boundaries (UTF-8 byte offsets, ascending, first 0, last
/// `length`) into `words`, and sentence-start candidates into `sentences`: the
/// first non-blank byte after a line break, or after `.`, `!`, `?`, `…` and
/// blanks where ICU's sentence rules also break. Each array must hold
/// `length + 1` entries. Returns 0 on success, or a negative ICU error code.
int32_t fouille_segment(FouilleSegmenter *segmenter, const uint8_t *utf8, int32_t length,
                        int32_t *words, int32_t *wordCount,
                        int32_t *sentences, int32_t *sentenceCount);

/// Word boundaries from ICU alone over the whole text (no fast path), for
/// tests that check the fast path agrees with ICU. Returns the count written
/// into `words` (which must hold `length + 1` entries) or a negative error.
int32_t fouille_icu_word_boundaries(FouilleSegmenter *segmenter, const uint8_t *utf8, int32_t length, int32_t *words);

/// ICU's own sentence-boundary decision at a UTF-8 offset of the text last
/// given to `fouille_segment`, for tests of the shortcut decisions.
int32_t fouille_icu_is_sentence_boundary(FouilleSegmenter *segmenter, int32_t offset);

/// Lower-cases one code point with ICU's simple case mapping.
int32_t fouille_to_lower(int32_t codePoint);

/// 1 when the code point is alphabetic (ICU UCHAR_ALPHABETIC), else 0.
int32_t fouille_is_alphabetic(int32_t codePoint);

/// Canonical decomposition of one code point (NFD) into `out`, returns the
/// number of code points written (0 when it has none or `capacity` is too small).
int32_t fouille_decompose(int32_t codePoint, int32_t *out, int32_t capacity);

/// The NFC composition of two code points, or -1 when they do not compose.
int32_t fouille_compose_pair(int32_t first, int32_t second);

/// The ICU version string ("72.1").
const char *fouille_icu_version(void);

#ifdef __cplusplus
}
#endif
#endif
