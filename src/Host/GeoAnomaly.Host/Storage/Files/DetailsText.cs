using System.Text;

namespace GeoAnomaly.Host.Storage.Files;

/// <summary>Event details as one field: <c>k=v;k=v</c>, with <c>\</c> escaping <c>\</c>, <c>;</c> and <c>=</c> inside keys and values.</summary>
internal static class DetailsText
{
    /// <summary>Writes <paramref name="details"/> in their order.</summary>
    /// <param name="details">Keys and values.</param>
    public static string Format(IReadOnlyDictionary<string, string> details)
    {
        var builder = new StringBuilder();
        foreach (var (key, value) in details)
        {
            if (builder.Length > 0)
            {
                builder.Append(';');
            }

            Escape(builder, key);
            builder.Append('=');
            Escape(builder, value);
        }

        return builder.ToString();
    }

    /// <summary>Reads details written by <see cref="Format"/>; null with a reason when the text is malformed.</summary>
    /// <param name="text">The field.</param>
    /// <param name="problem">What is wrong, when null is returned.</param>
    public static Dictionary<string, string>? Parse(string text, out string? problem)
    {
        problem = null;
        var result = new Dictionary<string, string>();
        if (text.Length == 0)
        {
            return result;
        }

        var key = new StringBuilder();
        var value = new StringBuilder();
        bool inValue = false;
        for (int i = 0; i <= text.Length; i++)
        {
            char c = i < text.Length ? text[i] : ';';
            if (c == '\\' && i + 1 < text.Length)
            {
                (inValue ? value : key).Append(text[++i]);
            }
            else if (c == '=' && !inValue)
            {
                inValue = true;
            }
            else if (c == ';')
            {
                if (!inValue)
                {
                    problem = $"'{key}' has no '=' (details are k=v;k=v, with \\ before a literal ; = or \\)";
                    return null;
                }

                if (!result.TryAdd(key.ToString(), value.ToString()))
                {
                    problem = $"key '{key}' appears twice";
                    return null;
                }

                key.Clear();
                value.Clear();
                inValue = false;
            }
            else
            {
                (inValue ? value : key).Append(c);
            }
        }

        return result;
    }

    private static void Escape(StringBuilder builder, string text)
    {
        foreach (char c in text)
        {
            if (c is '\\' or ';' or '=')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }
    }
}
