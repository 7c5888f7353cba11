#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes regtracker-schema1.sqlite: a database as RegTracker schema version 1 left it, with a few rows.

The committed file is what the migration test upgrades; re-run this only to recreate it after a deliberate change
to migration 0001 (which must never change once released). Usage: python3 make_schema1_fixture.py OUT.sqlite
"""
import pathlib
import sqlite3
import sys

here = pathlib.Path(__file__).resolve().parent
migration = (here / "../../resources/sql/0001_developments.sql").read_text(encoding="utf-8")
migration = migration.replace("{{PK}}", "INTEGER PRIMARY KEY").replace("{{BLOB}}", "BLOB")

out = pathlib.Path(sys.argv[1])
out.unlink(missing_ok=True)
db = sqlite3.connect(out)
db.executescript(migration)
stamp = "2025-08-01T00:00:00Z"
db.executescript(f"""
INSERT INTO schema_migrations (version, name, applied_at) VALUES (1, 'developments', '{stamp}');
INSERT INTO authorities (id, code, name_en, name_zh, kind, level, region)
    VALUES (1, 'CAC', 'Cyberspace Administration of China', '国家互联网信息办公室', 'regulator', 'national', 'CN');
INSERT INTO authorities (id, code, name_en, name_zh, kind, level, region, parent_id)
    VALUES (2, 'BJ-CAC', 'Beijing Cyberspace Administration', '北京市互联网信息办公室', 'regulator', 'provincial',
            'CN-BJ', 1);
INSERT INTO topics (id, code, name_en, name_zh) VALUES (1, 'generative_ai', 'Generative AI', '生成式人工智能');
INSERT INTO tags (id, code, name_en, name_zh) VALUES (1, 'generative_ai_provider', 'Generative-AI provider',
    '生成式人工智能服务提供者');
INSERT INTO developments (id, uid, title_en, title_zh, kind, stage, announced_on, region, summary_en, summary_zh,
                          created_at, updated_at)
    VALUES (1, 'fixture-1', 'Beijing CAC announces registered generative AI services',
            '北京市网信办公告已登记的生成式人工智能服务', 'announcement', 'issued', '2025-07-25', 'CN-BJ',
            'Two more services were registered.', '新增两款已登记服务。', '{stamp}', '{stamp}');
INSERT INTO development_authorities (development_id, authority_id, position) VALUES (1, 2, 0);
INSERT INTO development_topics (development_id, topic_id) VALUES (1, 1);
INSERT INTO obligations (id, uid, development_id, position, text_en, text_zh, kind)
    VALUES (1, 'fixture-1/o1', 1, 0, 'Register applications that call a filed model.',
            '调用已备案模型的应用应当办理登记。', 'file_register');
INSERT INTO obligation_applies_to (obligation_id, tag_id) VALUES (1, 1);
INSERT INTO audit_log (at, actor, entity, entity_id, entity_uid, field, old_value, new_value)
    VALUES ('{stamp}', 'fixture', 'development', 1, 'fixture-1', '*', NULL, 'created');
PRAGMA user_version = 1;
""")
db.commit()
db.execute("VACUUM")
db.close()
