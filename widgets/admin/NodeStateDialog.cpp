// SPDX-License-Identifier: GPL-3.0-or-later
#include "NodeStateDialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gpudesk {

NodeStateDialog::NodeStateDialog(const QStringList &hostnames, const QStringList &effects,
                                 QWidget *parent)
    : QDialog(parent), m_effectLines(effects)
{
    setObjectName(u"nodeStateDialog"_s);
    setWindowTitle(tr("Node state"));
    auto *layout = new QVBoxLayout(this);
    const QString names = hostnames.size() <= 4
                              ? hostnames.join(u", "_s)
                              : tr("%1 and %n other(s)", nullptr, int(hostnames.size()) - 3)
                                    .arg(hostnames.mid(0, 3).join(u", "_s));
    auto *what = new QLabel(tr("Set the state of %1:").arg(names), this);
    what->setWordWrap(true);
    layout->addWidget(what);
    m_states = new QButtonGroup(this);
    const struct
    {
        NodeState state;
        QString label;
        const char16_t *name;
    } choices[] = {
        {NodeState::Free, tr("&Back in service"), u"stateFree"},
        {NodeState::Maintenance, tr("&Maintenance"), u"stateMaintenance"},
        {NodeState::Failed, tr("&Failed"), u"stateFailed"},
        {NodeState::Reserved, tr("&Reserved"), u"stateReserved"},
    };
    for (const auto &c : choices) {
        auto *b = new QRadioButton(c.label, this);
        b->setObjectName(QString::fromUtf16(c.name));
        m_states->addButton(b, static_cast<int>(c.state));
        layout->addWidget(b);
    }
    layout->addWidget(new QLabel(tr("Reason (needed to take nodes out of service):"), this));
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(u"stateReason"_s);
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("e.g. GPU 3 fell off the bus (XID 79); board replacement "
                                    "scheduled"));
    layout->addWidget(m_reason, 1);
    m_effects = new QLabel(this);
    m_effects->setObjectName(u"stateEffects"_s);
    m_effects->setWordWrap(true);
    layout->addWidget(m_effects);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(tr("Set state"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(u"stateOk"_s);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_states, &QButtonGroup::idToggled, this, [this] { update(); });
    connect(m_reason, &QPlainTextEdit::textChanged, this, &NodeStateDialog::update);
    setState(NodeState::Maintenance);
    resize(520, 420);
}

void NodeStateDialog::setState(NodeState state)
{
    if (auto *b = m_states->button(static_cast<int>(state)))
        b->setChecked(true);
    update();
}

NodeState NodeStateDialog::state() const
{
    return static_cast<NodeState>(m_states->checkedId());
}

QString NodeStateDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void NodeStateDialog::update()
{
    const bool out = state() != NodeState::Free;
    m_ok->setEnabled(!out || !reason().isEmpty());
    if (out && !m_effectLines.isEmpty())
        m_effects->setText(tr("These nodes hold allocations; the projects lose them until the "
                              "allocations move:") +
                           u"\n• "_s + m_effectLines.join(u"\n• "_s));
    else
        m_effects->clear();
}

} // namespace gpudesk
