// SPDX-License-Identifier: GPL-3.0-or-later
#include "Regions.h"

#include <QCoreApplication>

namespace rt::core {

namespace {

constexpr Region all[] = {
    {"CN-BJ", "Beijing", "北京市"},
    {"CN-TJ", "Tianjin", "天津市"},
    {"CN-HE", "Hebei", "河北省"},
    {"CN-SX", "Shanxi", "山西省"},
    {"CN-NM", "Inner Mongolia", "内蒙古自治区"},
    {"CN-LN", "Liaoning", "辽宁省"},
    {"CN-JL", "Jilin", "吉林省"},
    {"CN-HL", "Heilongjiang", "黑龙江省"},
    {"CN-SH", "Shanghai", "上海市"},
    {"CN-JS", "Jiangsu", "江苏省"},
    {"CN-ZJ", "Zhejiang", "浙江省"},
    {"CN-AH", "Anhui", "安徽省"},
    {"CN-FJ", "Fujian", "福建省"},
    {"CN-JX", "Jiangxi", "江西省"},
    {"CN-SD", "Shandong", "山东省"},
    {"CN-HA", "Henan", "河南省"},
    {"CN-HB", "Hubei", "湖北省"},
    {"CN-HN", "Hunan", "湖南省"},
    {"CN-GD", "Guangdong", "广东省"},
    {"CN-GX", "Guangxi", "广西壮族自治区"},
    {"CN-HI", "Hainan", "海南省"},
    {"CN-CQ", "Chongqing", "重庆市"},
    {"CN-SC", "Sichuan", "四川省"},
    {"CN-GZ", "Guizhou", "贵州省"},
    {"CN-YN", "Yunnan", "云南省"},
    {"CN-XZ", "Tibet", "西藏自治区"},
    {"CN-SN", "Shaanxi", "陕西省"},
    {"CN-GS", "Gansu", "甘肃省"},
    {"CN-QH", "Qinghai", "青海省"},
    {"CN-NX", "Ningxia", "宁夏回族自治区"},
    {"CN-XJ", "Xinjiang", "新疆维吾尔自治区"},
    {"CN-TW", "Taiwan", "台湾省"},
    {"CN-HK", "Hong Kong", "香港特别行政区"},
    {"CN-MO", "Macao", "澳门特别行政区"},
};

constexpr std::size_t mainlandCount = 31;

} // namespace

std::span<const Region> regions()
{
    return all;
}

std::span<const Region> mainlandRegions()
{
    return regions().first(mainlandCount);
}

QString regionName(const QString &code, Language language)
{
    if (code == QLatin1StringView("CN")) {
        return QCoreApplication::translate("rt::core::Regions", "China (national)");
    }
    for (const Region &region : regions()) {
        if (code == QLatin1StringView(region.code)) {
            return QString::fromUtf8(language == Language::Chinese ? region.zh : region.en);
        }
    }
    return code;
}

} // namespace rt::core
