using System.Globalization;

namespace GeoAnomaly.Host.Storage.Files;

/// <summary>Reads value fields: sentinels become NaN, everything else must be a finite number.</summary>
/// <remarks>
/// A sentinel that is a number matches numerically, so <c>99999</c> also matches <c>99999.0</c> and <c>99999.00</c>;
/// any other sentinel (the empty field, <c>NaN</c>, <c>NA</c>, <c>--</c>) matches the trimmed text, ignoring case.
/// </remarks>
internal sealed class MissingValues
{
    private readonly HashSet<double> _numbers = [];
    private readonly HashSet<string> _texts = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _textLookup;
    private readonly NumberFormatInfo _format;

    /// <summary>Creates the reader for <paramref name="sentinels"/> and numbers in <paramref name="format"/>.</summary>
    /// <param name="sentinels">Texts meaning "missing".</param>
    /// <param name="format">Decimal separator and signs.</param>
    public MissingValues(IEnumerable<string> sentinels, NumberFormatInfo format)
    {
        _format = format;
        foreach (string s in sentinels)
        {
            string t = s.Trim();
            if (t.Length > 0 && ParseNumber(t, out double v) && !double.IsNaN(v))
            {
                _numbers.Add(v);
            }
            else
            {
                _texts.Add(t);
            }
        }

        _textLookup = _texts.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Reads one field: a finite number, NaN for a sentinel, false for anything else.</summary>
    /// <param name="field">The trimmed field text.</param>
    /// <param name="value">The number, or NaN.</param>
    public bool TryRead(ReadOnlySpan<char> field, out double value)
    {
        if (ParseNumber(field, out value))
        {
            if (double.IsNaN(value) || _numbers.Contains(value))
            {
                value = double.NaN;
                return true;
            }

            return double.IsFinite(value);
        }

        value = double.NaN;
        return _textLookup.Contains(field);
    }

    /// <summary>Whether a field is a sentinel (the number test above, without requiring a number).</summary>
    /// <param name="field">The trimmed field text.</param>
    public bool IsMissing(ReadOnlySpan<char> field) =>
        _textLookup.Contains(field) || (ParseNumber(field, out double v) && (double.IsNaN(v) || _numbers.Contains(v)));

    private bool ParseNumber(ReadOnlySpan<char> text, out double value) =>
        FastText.TryParseDouble(text, _format, out value);
}
