// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// An e-mail message (.eml) as text, through KDE's KMime: the MIME structure is walked, the HTML alternative
// preferred to the plain one (it keeps headings and links), quoted-printable and base64 undone, and the
// part's charset applied (GB2312, GBK and GB18030, Big5, UTF-8, …). A message whose only content is an
// attached PDF or web page is read through that attachment. The subject is the document's title and the
// sending date its date.

#include "ReadDocument.h"

#include <QByteArray>
#include <QCoreApplication>

namespace rt::core {

class MailText final
{
    Q_DECLARE_TR_FUNCTIONS(rt::core::MailText)
public:
    // The most parts that contain others (multipart/…, message/…) a message may declare: a newsletter has a
    // handful; thousands, nested, cost the MIME parser time and memory in proportion to depth × size.
    static constexpr int maximumContainers = 50;

    // Throws Error(InvalidInput) naming fileName when the message has no readable text.
    static ReadDocument read(const QByteArray &bytes, const QString &fileName);
};

} // namespace rt::core
