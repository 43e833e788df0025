#include "formats/dotvaluecodec.h"

#include <QTest>

using namespace converge;

/// How parameters travel in DOT attributes: what the text looks like, and that every value
/// comes back with the same content.
class TestDotValueCodec : public QObject
{
    Q_OBJECT

private:
    static Value scalar(const char *text, Value::Style style = Value::Style::Plain)
    {
        return Value::scalar(QString::fromUtf8(text), style);
    }

private slots:
    void encodesAndDecodesBack_data()
    {
        QTest::addColumn<Value>("value");
        QTest::addColumn<QString>("text");
        const auto quoted = Value::Style::DoubleQuoted;
        QTest::newRow("plain text") << scalar("sleep 10s") << u"sleep 10s"_qs;
        QTest::newRow("number") << scalar("-1") << u"-1"_qs;
        QTest::newRow("colon inside") << scalar("a: b") << u"a: b"_qs;
        QTest::newRow("quoted number")
            << scalar("0644", Value::Style::SingleQuoted) << u"\"0644\""_qs;
        QTest::newRow("empty string") << scalar("", quoted) << u"\"\""_qs;
        QTest::newRow("null") << Value() << u"~"_qs;
        QTest::newRow("quoted tilde") << scalar("~", quoted) << u"\"~\""_qs;
        QTest::newRow("bracket first") << scalar("[x", quoted) << u"\"[x\""_qs;
        QTest::newRow("quotes and newline") << scalar("say \"hi\"\nbye\n", Value::Style::Literal)
                                            << u"\"say \\x22hi\\x22\\nbye\\n\""_qs;

        Value list = Value::list();
        list.append(scalar("-c"));
        list.append(scalar("echo a, b", quoted));
        list.append(Value());
        list.append(scalar("null", quoted));
        QTest::newRow("list") << list << u"[-c, \"echo a, b\", ~, \"null\"]"_qs;

        Value map = Value::map();
        map.insert(u"retry"_qs, scalar("3"));
        Value env = Value::map();
        env.insert(u"PATH"_qs, scalar("/bin:/usr/bin"));
        map.insert(u"env"_qs, env);
        map.insert(u"empty"_qs, Value::list());
        QTest::newRow("nested map")
            << map << u"{retry: 3, env: {PATH: /bin:/usr/bin}, empty: []}"_qs;
    }
    void encodesAndDecodesBack()
    {
        QFETCH(Value, value);
        QFETCH(QString, text);
        QCOMPARE(DotValueCodec::encode(value), text);
        QVERIFY(DotValueCodec::decode(text) == value);
    }

    void foreignTextStaysAString()
    {
        // Attributes from other tools that merely look like YAML flow.
        QVERIFY(DotValueCodec::decode(u"[unclosed"_qs) ==
                scalar("[unclosed", Value::Style::DoubleQuoted));
        QVERIFY(DotValueCodec::decode(u"red, blue"_qs) == scalar("red, blue"));
    }

    void aliasBombStaysAString()
    {
        // Nine levels of ten aliases each: a billion values if expanded, as YAML::Load did.
        QString bomb = u"[&a0 [x]"_qs;
        for (int level = 1; level <= 9; ++level) {
            QStringList refs(10, u"*a"_qs + QString::number(level - 1));
            bomb += u", &a%1 [%2]"_qs.arg(level).arg(refs.join(u", "));
        }
        bomb += u"]"_qs;
        QVERIFY(bomb.size() < 1000);
        const Value value = DotValueCodec::decode(bomb);
        QVERIFY(value.isScalar());
        QCOMPARE(value.text(), bomb);
    }

    void textAttributesTravelAsTheyAre_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("encoded");
        QTest::newRow("plain") << u"web server"_qs << u"web server"_qs;
        QTest::newRow("inner quote") << u"a\"b"_qs << u"a\"b"_qs;
        QTest::newRow("quote first") << u"\"a"_qs << u"\"\\x22a\""_qs;
        QTest::newRow("backslash before quote") << u"a\\\"b"_qs << u"\"a\\x5c\\x22b\""_qs;
        QTest::newRow("trailing backslash") << u"a\\"_qs << u"\"a\\x5c\""_qs;
        QTest::newRow("anonymous-looking") << u"%3"_qs << u"\"%3\""_qs;
    }
    void textAttributesTravelAsTheyAre()
    {
        QFETCH(QString, text);
        QFETCH(QString, encoded);
        QCOMPARE(DotValueCodec::encodeText(text), encoded);
        QCOMPARE(DotValueCodec::decodeText(encoded), text);
    }
};

QTEST_MAIN(TestDotValueCodec)
#include "tst_dotvaluecodec.moc"
