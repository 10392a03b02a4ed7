#include "ShippingVerdictModel.h"

namespace bts {

void ShippingVerdictModel::setVerdicts(const QVector<ShippingVerdict>& verdicts)
{
    replaceRows(int(verdicts.size()), [&] { m_rows = verdicts; });
}

const ShippingVerdict* ShippingVerdictModel::verdictAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QStringList ShippingVerdictModel::headers() const
{
    return {tr("Level"), tr("Topic"), tr("Subject"), tr("Finding")};
}

QString ShippingVerdictModel::textAt(int row, int column) const
{
    const ShippingVerdict& v = m_rows.at(row);
    switch (column) {
    case LevelColumn:
        return statusLevelName(v.level);
    case TopicColumn:
        return shippingTopicName(v.topic);
    case SubjectColumn:
        return v.subject;
    case SentenceColumn:
        return v.sentence;
    default:
        return QString();
    }
}

} // namespace bts
