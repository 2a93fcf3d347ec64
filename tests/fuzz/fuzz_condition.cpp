// libFuzzer target over ConditionText::parse, what "Edit condition…" runs on whatever is typed
// or pasted: any text parses to a condition or an error with a position, never a crash or a
// stack overflow; what parses validates, and formats to text that parses to the same text.

#include "roles/ConditionText.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const ConditionText::ParseResult parsed = ConditionText::parse(text);
    if (!parsed.node) {
        if (parsed.error.isEmpty())
            std::abort(); // a refusal must say why
        return 0;
    }
    if (!ConditionText::validate(*parsed.node).isEmpty())
        std::abort(); // parse() returns only what the API accepts
    const QString formatted = ConditionText::format(*parsed.node);
    const ConditionText::ParseResult again = ConditionText::parse(formatted);
    if (!again.node || ConditionText::format(*again.node) != formatted)
        std::abort(); // format and parse are each other's inverse
    return 0;
}
