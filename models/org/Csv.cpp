#include "org/Csv.h"

using namespace Qt::StringLiterals;

namespace Csv {

QString field(QString text) {
    if (!text.isEmpty() && u"=+-@\t\r"_s.contains(text.front()))
        text.prepend(u'\'');
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n')
        && !text.contains(u'\r'))
        return text;
    text.replace(u"\""_s, u"\"\""_s);
    return u'"' + text + u'"';
}

QString line(const QStringList& fields) {
    QStringList out;
    out.reserve(fields.size());
    for (const QString& f : fields)
        out.append(field(f));
    return out.join(u',') + u"\r\n"_s;
}

} // namespace Csv
