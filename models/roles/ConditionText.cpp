#include "roles/ConditionText.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ConditionText {
namespace {

const QStringList kOperators = {u"EQ"_s, u"IN"_s, u"GE"_s, u"GT"_s, u"LE"_s, u"LT"_s};
const QStringList kReferenceTypes = {u"user"_s, u"queue"_s, u"team"_s};

QString tr(const char* text) {
    return QCoreApplication::translate("ConditionText", text);
}

QString quoted(const QString& s) {
    QString escaped = s;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
    return u'"' + escaped + u'"';
}

const std::optional<EntityReference>& referenceOf(const DomainResourceConditionValue& v,
                                                  const QString& type) {
    return type == "USER"_L1 ? v.user : type == "TEAM"_L1 ? v.team : v.queue;
}

QString formatOperand(const DomainResourceConditionValue& v) {
    const QString type = v.type.value_or(u"SCALAR"_s);
    if (type == "VARIABLE"_L1)
        return u'$' + v.value.value_or(QString());
    if (type == "USER"_L1 || type == "TEAM"_L1 || type == "QUEUE"_L1) {
        const auto& ref = referenceOf(v, type);
        QString out = type.toLower() + u':' + (ref ? ref->id.value_or(QString()) : QString());
        if (ref && ref->name && !ref->name->isEmpty())
            out += u' ' + quoted(*ref->name);
        return out;
    }
    return quoted(v.value.value_or(QString()));
}

QString formatNode(const DomainResourceConditionNode& node, bool nested) {
    if (node.conjunction || node.terms) {
        QStringList parts;
        for (const DomainResourceConditionNode& t :
             node.terms.value_or(std::vector<DomainResourceConditionNode>()))
            parts.append(formatNode(t, true));
        const QString joined = parts.join(u' ' + node.conjunction.value_or(u"AND"_s) + u' ');
        return nested && parts.size() > 1 ? u'(' + joined + u')' : joined;
    }
    const QString op = node.conditionOperator.value_or(QString());
    QStringList operands;
    for (const DomainResourceConditionValue& v :
         node.operands.value_or(QList<DomainResourceConditionValue>()))
        operands.append(formatOperand(v));
    const QString rhs =
        op == "IN"_L1 ? u'(' + operands.join(u", "_s) + u')' : operands.join(u", "_s);
    return node.variableName.value_or(QString()) + u' ' + op + u' ' + rhs;
}

//! A recursive-descent parser over the text; errors carry their position.
class Parser {
public:
    //! The context lupdate gives the messages of this class.
    static QString tr(const char* text) {
        return QCoreApplication::translate("ConditionText::Parser", text);
    }

    explicit Parser(const QString& text)
        : m_text(text) {}

    ParseResult run() {
        ParseResult result;
        if (m_text.size() > kMaxLength) {
            result.error = tr("This condition is %1 characters long; at most %2 are accepted.")
                               .arg(m_text.size())
                               .arg(kMaxLength);
            result.position = kMaxLength;
            return result;
        }
        auto node = expression();
        skipSpace();
        if (node && m_pos < m_text.size())
            fail(tr("Unexpected text here; join terms with AND or OR."));
        if (!m_error.isEmpty()) {
            result.error = m_error;
            result.position = m_errorPos;
            return result;
        }
        result.node = node;
        if (node) {
            result.error = validate(*node);
            if (!result.error.isEmpty())
                result.node.reset();
        }
        return result;
    }

private:
    void fail(const QString& message) {
        if (m_error.isEmpty()) {
            m_error = message;
            m_errorPos = int(m_pos);
        }
    }
    void skipSpace() {
        while (m_pos < m_text.size() && m_text[m_pos].isSpace())
            ++m_pos;
    }
    bool atEnd() {
        skipSpace();
        return m_pos >= m_text.size();
    }
    bool take(QChar c) {
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == c) {
            ++m_pos;
            return true;
        }
        return false;
    }
    QString word() {
        skipSpace();
        const qsizetype start = m_pos;
        while (m_pos < m_text.size()
               && (m_text[m_pos].isLetterOrNumber() || m_text[m_pos] == u'_'
                   || m_text[m_pos] == u'.' || m_text[m_pos] == u'-'))
            ++m_pos;
        return m_text.mid(start, m_pos - start);
    }
    //! The next word if it is one of these (any case), consumed; otherwise empty, not consumed.
    QString keyword(const QStringList& words) {
        skipSpace();
        const qsizetype save = m_pos;
        const QString w = word().toUpper();
        if (words.contains(w))
            return w;
        m_pos = save;
        return {};
    }
    std::optional<QString> quotedString() {
        skipSpace();
        if (m_pos >= m_text.size() || m_text[m_pos] != u'"')
            return std::nullopt;
        ++m_pos;
        QString out;
        while (m_pos < m_text.size() && m_text[m_pos] != u'"') {
            if (m_text[m_pos] == u'\\' && m_pos + 1 < m_text.size())
                ++m_pos;
            out += m_text[m_pos++];
        }
        if (m_pos >= m_text.size()) {
            fail(tr("This quoted value has no closing quote."));
            return std::nullopt;
        }
        ++m_pos;
        return out;
    }

    std::optional<DomainResourceConditionNode> expression() {
        std::vector<DomainResourceConditionNode> terms;
        QString conjunction;
        for (;;) {
            auto t = term();
            if (!t)
                return std::nullopt;
            terms.push_back(*t);
            const qsizetype before = m_pos;
            const QString c = keyword({u"AND"_s, u"OR"_s});
            if (c.isEmpty())
                break;
            if (!conjunction.isEmpty() && c != conjunction) {
                m_pos = before;
                skipSpace();
                fail(tr("AND and OR are mixed here; use parentheses to say which comes first."));
                return std::nullopt;
            }
            conjunction = c;
        }
        if (terms.size() == 1)
            return terms.front();
        DomainResourceConditionNode branch;
        branch.conjunction = conjunction;
        branch.terms = terms;
        return branch;
    }

    std::optional<DomainResourceConditionNode> term() {
        if (atEnd()) {
            fail(tr("A condition is missing here."));
            return std::nullopt;
        }
        if (take(u'(')) {
            // Each parenthesis is a level of recursion: a pasted wall of them must end in a
            // message, not in a stack overflow.
            if (++m_depth > kMaxDepth) {
                m_pos -= 1;
                fail(tr("Parentheses are nested more than %1 deep here.").arg(kMaxDepth));
                return std::nullopt;
            }
            auto inner = expression();
            --m_depth;
            if (inner && !take(u')')) {
                fail(tr("A closing parenthesis is missing here."));
                return std::nullopt;
            }
            return inner;
        }
        DomainResourceConditionNode leaf;
        const QString variable = word();
        if (variable.isEmpty()) {
            fail(tr("A variable name such as Queue.id is expected here."));
            return std::nullopt;
        }
        leaf.variableName = variable;
        const QString op = keyword(kOperators);
        if (op.isEmpty()) {
            fail(tr("An operator is expected here: EQ, IN, GE, GT, LE or LT."));
            return std::nullopt;
        }
        leaf.conditionOperator = op;
        QList<DomainResourceConditionValue> operands;
        if (take(u'(')) {
            do {
                auto v = operand();
                if (!v)
                    return std::nullopt;
                operands.append(*v);
            } while (take(u','));
            if (!take(u')')) {
                fail(tr("A comma or a closing parenthesis is expected here."));
                return std::nullopt;
            }
        } else {
            auto v = operand();
            if (!v)
                return std::nullopt;
            operands.append(*v);
        }
        leaf.operands = operands;
        return leaf;
    }

    std::optional<DomainResourceConditionValue> operand() {
        skipSpace();
        DomainResourceConditionValue v;
        if (m_pos < m_text.size() && m_text[m_pos] == u'"') {
            auto s = quotedString();
            if (!s)
                return std::nullopt;
            v.type = u"SCALAR"_s;
            v.value = *s;
            return v;
        }
        if (take(u'$')) {
            const QString name = word();
            if (name.isEmpty()) {
                fail(tr("A variable name is expected after $."));
                return std::nullopt;
            }
            v.type = u"VARIABLE"_s;
            v.value = name;
            return v;
        }
        const qsizetype start = m_pos;
        const QString kind = word().toLower();
        if (!kReferenceTypes.contains(kind) || !take(u':')) {
            m_pos = start;
            fail(
                tr("A value is expected here: \"text\", $variable, user:id, queue:id or team:id."));
            return std::nullopt;
        }
        const QString id = word();
        if (id.isEmpty()) {
            fail(tr("An id is expected after %1:.").arg(kind));
            return std::nullopt;
        }
        EntityReference ref;
        ref.id = id;
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == u'"') {
            auto name = quotedString();
            if (!name)
                return std::nullopt;
            ref.name = *name;
        }
        v.type = kind.toUpper();
        (kind == "user"_L1 ? v.user : kind == "team"_L1 ? v.team : v.queue) = ref;
        return v;
    }

    static constexpr qsizetype kMaxLength = 20000;
    static constexpr int kMaxDepth = 32;

    const QString& m_text;
    qsizetype m_pos = 0;
    int m_depth = 0;
    QString m_error;
    int m_errorPos = -1;
};

} // namespace

QString format(const DomainResourceConditionNode& node) {
    return formatNode(node, false);
}

ParseResult parse(const QString& text) {
    return Parser(text).run();
}

QString validate(const DomainResourceConditionNode& node) {
    if (node.conjunction || node.terms) {
        const QString c = node.conjunction.value_or(QString());
        if (c != "AND"_L1 && c != "OR"_L1)
            return tr("A group must join its terms with AND or OR.");
        const auto terms = node.terms.value_or(std::vector<DomainResourceConditionNode>());
        if (terms.empty())
            return tr("A group must hold at least one condition.");
        for (const DomainResourceConditionNode& t : terms)
            if (const QString e = validate(t); !e.isEmpty())
                return e;
        return {};
    }
    const QString variable = node.variableName.value_or(QString());
    if (variable.isEmpty())
        return tr("Every condition needs a variable name.");
    const QString op = node.conditionOperator.value_or(QString());
    if (!kOperators.contains(op))
        return tr("The operator of %1 must be EQ, IN, GE, GT, LE or LT.").arg(variable);
    const auto operands = node.operands.value_or(QList<DomainResourceConditionValue>());
    if (operands.isEmpty())
        return tr("%1 %2 needs a value.").arg(variable, op);
    if (op != "IN"_L1 && operands.size() != 1)
        return tr("%1 %2 takes exactly one value; use IN for a list.").arg(variable, op);
    for (const DomainResourceConditionValue& v : operands) {
        const QString type = v.type.value_or(QString());
        if (type == "SCALAR"_L1 || type == "VARIABLE"_L1) {
            if (v.value.value_or(QString()).isEmpty())
                return tr("A value of %1 is empty.").arg(variable);
        } else if (type == "USER"_L1 || type == "TEAM"_L1 || type == "QUEUE"_L1) {
            const auto& ref = referenceOf(v, type);
            if (!ref || ref->id.value_or(QString()).isEmpty())
                return tr("A %1 value of %2 has no id.").arg(type.toLower(), variable);
        } else {
            return tr("A value of %1 has the unknown type \"%2\".").arg(variable, type);
        }
    }
    return {};
}

} // namespace ConditionText
