using System.Text.Json;
using GeoAnomaly.Host.Catalogs.Indicators;
using GeoAnomaly.Host.Plugins;

namespace GeoAnomaly.Cli.Infrastructure;

/// <summary>
/// The <c>--indicator-options FILE.json</c> of <c>features</c>: a JSON object of <see cref="IndicatorOptions"/> property
/// names in camelCase (<c>{"bValueEventCount": 30, "maximumMagnitudeWindow": "14.00:00:00"}</c>), bound by the same
/// <see cref="OptionsBinder"/> as plugin options; options left out keep the papers' values.
/// </summary>
internal static class IndicatorOptionsFile
{
    /// <summary>The option's name on the command line.</summary>
    public const string OptionName = "--indicator-options";

    /// <summary>Reads and binds <paramref name="path"/>; does not validate the values (see <see cref="IndicatorOptions.Validate"/>).</summary>
    /// <param name="path">The JSON file.</param>
    /// <exception cref="UsageException">The file is missing, not JSON, has an unknown option or a value of the wrong type; names the file and the option.</exception>
    public static IndicatorOptions Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{OptionName}: cannot read {path}: {e.Message}");
        }

        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            return OptionsBinder.Bind<IndicatorOptions>(document.RootElement, "", path);
        }
        catch (JsonException e)
        {
            throw new UsageException($"{OptionName}: {path}:{(e.LineNumber ?? 0) + 1}: not valid JSON: {e.Message}");
        }
        catch (OptionsBindingException e)
        {
            throw new UsageException($"{OptionName}: {e.Message}");
        }
    }

    /// <summary>
    /// A problem of <see cref="IndicatorOptions.Validate"/> (<c>b-value-event-count: must be ≥ 2, got 1</c>) with its option
    /// names as the file writes them (<c>bValueEventCount: …</c>).
    /// </summary>
    /// <param name="problem">The problem.</param>
    public static string InFileNames(string problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        int colon = problem.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return problem;
        }

        var names = problem[..colon].Split(", ").Select(CamelCase);
        return string.Join(", ", names) + problem[colon..];
    }

    private static string CamelCase(string kebab)
    {
        string[] parts = kebab.Split('-');
        return parts[0] + string.Concat(parts.Skip(1).Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));
    }
}
