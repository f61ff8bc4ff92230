using System.Text.Json;
using GeoAnomaly.Host.Storage;

namespace GeoAnomaly.Host.Evaluation.Nab;

/// <summary>
/// Reads NAB's JSON files token by token, knowing the line of each token, so that every error names the file and line
/// (<see cref="DataException"/>), syntax errors included.
/// </summary>
internal ref struct NabJsonCursor
{
    private readonly ReadOnlySpan<byte> _utf8;
    private readonly string _source;
    private Utf8JsonReader _reader;
    private long _countedTo;
    private long _line;

    /// <summary>Starts before the first token of <paramref name="utf8"/> (a UTF-8 byte order mark is skipped).</summary>
    /// <param name="utf8">The file's bytes.</param>
    /// <param name="source">The file's path, for messages.</param>
    public NabJsonCursor(ReadOnlySpan<byte> utf8, string source)
    {
        _utf8 = utf8.StartsWith("\uFEFF"u8) ? utf8[3..] : utf8;
        _source = source;
        _reader = new Utf8JsonReader(_utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        _line = 1;
    }

    /// <summary>The type of the current token.</summary>
    public readonly JsonTokenType Token => _reader.TokenType;

    /// <summary>The 1-based line of the current token.</summary>
    public long Line
    {
        get
        {
            long upTo = Math.Min(_reader.TokenStartIndex, _utf8.Length);
            for (long i = _countedTo; i < upTo; i++)
            {
                _line += _utf8[(int)i] == (byte)'\n' ? 1 : 0;
            }

            _countedTo = Math.Max(_countedTo, upTo);
            return _line;
        }
    }

    /// <summary>Moves to the next token.</summary>
    /// <exception cref="DataException">The JSON is malformed or ends here.</exception>
    public JsonTokenType Next()
    {
        try
        {
            if (!_reader.Read())
            {
                throw new DataException(_source, Line, "the JSON ends too early");
            }
        }
        catch (JsonException e)
        {
            throw new DataException(_source, (e.LineNumber ?? 0) + 1, $"not valid JSON: {e.Message}", e);
        }

        return _reader.TokenType;
    }

    /// <summary>Moves to the next token and checks its type.</summary>
    /// <param name="type">The type expected.</param>
    /// <param name="what">What was expected, for the message (e.g. "an object of profiles").</param>
    /// <exception cref="DataException">Another token is there.</exception>
    public void Expect(JsonTokenType type, string what)
    {
        if (Next() != type)
        {
            throw Error($"expected {what}, found {Describe(_reader.TokenType)}");
        }
    }

    /// <summary>Moves to the next token: a property name, or the end of the object; returns the name or null at the end.</summary>
    /// <exception cref="DataException">Anything else is there.</exception>
    public string? NextProperty()
    {
        var token = Next();
        return token switch
        {
            JsonTokenType.EndObject => null,
            JsonTokenType.PropertyName => _reader.GetString(),
            _ => throw Error($"expected a property name or the end of the object, found {Describe(token)}"),
        };
    }

    /// <summary>The current token's text (a string or property name).</summary>
    public readonly string CurrentString() => _reader.GetString() ?? string.Empty;

    /// <summary>Moves to the next token, which must be a string, and returns it.</summary>
    /// <param name="what">What the string is, for the message.</param>
    public string NextString(string what)
    {
        Expect(JsonTokenType.String, what);
        return _reader.GetString() ?? string.Empty;
    }

    /// <summary>Moves to the next token, which must be a number, and returns it.</summary>
    /// <param name="what">What the number is, for the message.</param>
    public double NextNumber(string what)
    {
        Expect(JsonTokenType.Number, what);
        return _reader.TryGetDouble(out double value) && double.IsFinite(value) ? value : throw Error($"{what}: not a finite number");
    }

    /// <summary>Checks that nothing but white space or comments follows the current token.</summary>
    /// <exception cref="DataException">More JSON follows.</exception>
    public void ExpectEnd()
    {
        try
        {
            if (_reader.Read())
            {
                throw Error($"unexpected {Describe(_reader.TokenType)} after the end of the JSON value");
            }
        }
        catch (JsonException e)
        {
            throw new DataException(_source, (e.LineNumber ?? 0) + 1, $"not valid JSON: {e.Message}", e);
        }
    }

    /// <summary>An error at the current token's line.</summary>
    /// <param name="message">What is wrong.</param>
    public DataException Error(string message) => new(_source, Line, message);

    /// <summary>An error at an earlier line.</summary>
    /// <param name="line">The 1-based line.</param>
    /// <param name="message">What is wrong.</param>
    public readonly DataException ErrorAt(long line, string message) => new(_source, line, message);

    private static string Describe(JsonTokenType type) => type switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.EndObject => "the end of an object",
        JsonTokenType.EndArray => "the end of an array",
        JsonTokenType.PropertyName => "a property name",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => type.ToString(),
    };
}
