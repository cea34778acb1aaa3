// libxml2 on Debian is built with ICU; its encoding.h would pull ICU headers
// that clash with Foundation's private ICU module, so ICU support is hidden.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlwriter.h>
#include <libxml/xpath.h>
