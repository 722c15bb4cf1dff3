// SPDX-License-Identifier: GPL-3.0-or-later
#include "telemetry/PrometheusSourceForm.h"

#include "domain/TimeFormat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace gpudesk {

PrometheusSourceForm::PrometheusSourceForm(QWidget *parent) : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_name = new QLineEdit(this);
    m_name->setObjectName(u"sourceName"_s);
    m_name->setPlaceholderText(tr("e.g. KTC B200 cluster"));
    form->addRow(tr("&Name:"), m_name);

    m_url = new QLineEdit(this);
    m_url->setObjectName(u"sourceUrl"_s);
    m_url->setPlaceholderText(u"https://prometheus.example:9090/"_s);
    form->addRow(tr("&URL:"), m_url);

    m_ca = new QLineEdit(this);
    m_ca->setObjectName(u"sourceCa"_s);
    m_ca->setPlaceholderText(tr("The system's certificate authorities"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &PrometheusSourceForm::browseCa);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_ca, 1);
    caRow->addWidget(browse);
    // A row whose field is a layout gets a label without a buddy, which would show the '&'.
    auto *caLabel = new QLabel(tr("CA f&ile:"), this);
    caLabel->setBuddy(m_ca);
    form->addRow(caLabel, caRow);

    m_auth = new QComboBox(this);
    m_auth->setObjectName(u"sourceAuth"_s);
    m_auth->addItem(tr("None"), int(PrometheusSource::Auth::None));
    m_auth->addItem(tr("Bearer token"), int(PrometheusSource::Auth::Bearer));
    m_auth->addItem(tr("User name and password"), int(PrometheusSource::Auth::Basic));
    form->addRow(tr("Aut&hentication:"), m_auth);

    m_user = new QLineEdit(this);
    m_user->setObjectName(u"sourceUser"_s);
    m_userLabel = new QLabel(tr("Us&er:"), this);
    m_userLabel->setBuddy(m_user);
    form->addRow(m_userLabel, m_user);

    m_secret = new QLineEdit(this);
    m_secret->setObjectName(u"sourceSecret"_s);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secretLabel = new QLabel(this);
    m_secretLabel->setBuddy(m_secret);
    form->addRow(m_secretLabel, m_secret);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"sourceFilter"_s);
    m_filter->setPlaceholderText(u"job=\"dcgm\", cluster=\"b200-1\""_s);
    m_filter->setToolTip(tr("Extra label matchers that pick this program's GPUs; empty for all "
                            "dcgm-exporter series of the server."));
    form->addRow(tr("&Label filter:"), m_filter);

    m_step = new QSpinBox(this);
    m_step->setObjectName(u"sourceStep"_s);
    m_step->setRange(1, 86400);
    m_step->setSuffix(tr(" s"));
    m_step->setToolTip(tr("One sample per GPU every this many seconds; at least the exporter's "
                          "scrape interval, or steps without a scrape are left out."));
    form->addRow(tr("S&tep:"), m_step);

    m_periodic = new QCheckBox(tr("Fetch while gpudesk runs, e&very"), this);
    m_periodic->setObjectName(u"sourcePeriodic"_s);
    m_interval = new QSpinBox(this);
    m_interval->setObjectName(u"sourceInterval"_s);
    m_interval->setRange(1, 24 * 60);
    m_interval->setSuffix(tr(" min"));
    auto *periodicRow = new QHBoxLayout;
    periodicRow->addWidget(m_periodic);
    periodicRow->addWidget(m_interval);
    periodicRow->addStretch(1);
    form->addRow(QString(), periodicRow);

    m_fetched = new QLabel(this);
    m_fetched->setObjectName(u"sourceFetched"_s);
    m_fetched->setWordWrap(true);
    form->addRow(tr("Imported:"), m_fetched);

    for (QLineEdit *edit : {m_name.data(), m_url.data(), m_ca.data(), m_user.data(),
                            m_secret.data(), m_filter.data()})
        connect(edit, &QLineEdit::textEdited, this, [this] {
            if (!m_loading)
                Q_EMIT edited();
        });
    connect(m_auth, &QComboBox::currentIndexChanged, this, [this] {
        updateAuthFields();
        if (!m_loading)
            Q_EMIT edited();
    });
    for (QSpinBox *spin : {m_step.data(), m_interval.data()})
        connect(spin, &QSpinBox::valueChanged, this, [this] {
            if (!m_loading)
                Q_EMIT edited();
        });
    connect(m_periodic, &QCheckBox::toggled, this, [this](bool on) {
        m_interval->setEnabled(on);
        if (!m_loading)
            Q_EMIT edited();
    });
    updateAuthFields();
}

void PrometheusSourceForm::setSource(const PrometheusSource &source)
{
    m_loading = true;
    m_source = source;
    m_name->setText(source.name);
    m_url->setText(source.url.toString());
    m_ca->setText(source.caFile);
    m_auth->setCurrentIndex(qMax(0, m_auth->findData(int(source.auth))));
    m_user->setText(source.user);
    m_secret->setText(source.secret);
    m_filter->setText(source.labelFilter);
    m_step->setValue(source.stepSeconds);
    m_periodic->setChecked(source.periodic);
    m_interval->setValue(source.intervalMinutes);
    m_interval->setEnabled(source.periodic);
    if (source.fetched.isEmpty()) {
        m_fetched->setText(tr("Nothing yet."));
    } else {
        QStringList parts;
        for (const FetchedRange &r : source.fetched)
            parts << tr("%1 to %2").arg(formatDateTime(r.from), formatDateTime(r.to));
        m_fetched->setText(parts.join(u'\n'));
    }
    updateAuthFields();
    m_loading = false;
}

PrometheusSource PrometheusSourceForm::source() const
{
    PrometheusSource s = m_source;
    s.name = m_name->text().trimmed();
    s.url = QUrl::fromUserInput(m_url->text().trimmed());
    if (m_url->text().trimmed().isEmpty())
        s.url = QUrl();
    s.caFile = m_ca->text().trimmed();
    s.auth = PrometheusSource::Auth(m_auth->currentData().toInt());
    s.user = s.auth == PrometheusSource::Auth::Basic ? m_user->text().trimmed() : QString();
    s.secret = s.auth == PrometheusSource::Auth::None ? QString() : m_secret->text();
    s.labelFilter = m_filter->text().trimmed();
    s.stepSeconds = m_step->value();
    s.periodic = m_periodic->isChecked();
    s.intervalMinutes = m_interval->value();
    return s;
}

void PrometheusSourceForm::updateAuthFields()
{
    const auto auth = PrometheusSource::Auth(m_auth->currentData().toInt());
    const bool basic = auth == PrometheusSource::Auth::Basic;
    m_userLabel->setVisible(basic);
    m_user->setVisible(basic);
    m_secretLabel->setVisible(auth != PrometheusSource::Auth::None);
    m_secret->setVisible(auth != PrometheusSource::Auth::None);
    m_secretLabel->setText(basic ? tr("Pass&word:") : tr("To&ken:"));
}

void PrometheusSourceForm::browseCa()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("CA certificate"), m_ca->text(),
        tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (path.isEmpty())
        return;
    m_ca->setText(path);
    Q_EMIT edited();
}

} // namespace gpudesk
