using System.Globalization;
using System.Text;

namespace GeoAnomaly.Host.Catalogs;

/// <summary>Plain-text rendering of a <see cref="CatalogStatistics"/>, as <c>geoanomaly catalog summary</c> prints it.</summary>
internal static class CatalogStatisticsText
{
    /// <summary>One line per quantity, label padded to a column; invariant culture; ends with a newline.</summary>
    /// <param name="s">The summary.</param>
    public static string Format(CatalogStatistics s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var text = new StringBuilder();
        Line(text, "catalog", s.Source);
        Line(text, "events", s.WithoutMagnitude == 0 ? I($"{s.Count}") : I($"{s.Count} ({s.WithoutMagnitude} without magnitude)"));
        if (s.First is { } first && s.Last is { } last)
        {
            Line(text, "time span", I($"{first.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ} .. {last.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ} ({(last - first).TotalDays:0.#} days)"));
        }

        if (double.IsNaN(s.MinMagnitude))
        {
            Line(text, "magnitude", "none");
            return text.ToString();
        }

        string digits = Digits(s.BinWidth);
        Line(text, "magnitude", I($"{F(s.MinMagnitude, "0.0#")} .. {F(s.MaxMagnitude, "0.0#")} (bin width {s.BinWidth.ToString(CultureInfo.InvariantCulture)})"));
        Line(text, I($"Mc MAXC{s.MaxCurvatureCorrection:+0.0#;-0.0#;+0}"), F(s.McMaxCurvature, digits));
        if (s.McGoodnessOfFit is { } gft)
        {
            string level = gft.Level switch
            {
                GoodnessOfFitLevel.Percent95 => "95 % level",
                GoodnessOfFitLevel.Percent90 => "90 % level; 95 % not reached",
                _ => "neither 90 % nor 95 % reached: maximum curvature used",
            };
            Line(text, "Mc GFT", I($"{F(gft.Mc, digits)} ({level})"));
        }

        Line(text, "b Aki-Utsu", s.B is { } b
            ? I($"{b.B:0.00} ± {b.ShiBoltSigma:0.00} (Shi & Bolt σ; n = {b.Count} at M ≥ {F(b.Mc, digits)}; a = {b.A:0.00})")
            : "not estimated (fewer than 2 events above Mc)");
        Declustering(text, "declustered GK", s.GardnerKnopoff, s.Count);
        Declustering(text, "declustered R85", s.Reasenberg, s.Count);
        return text.ToString();
    }

    private static void Declustering(StringBuilder text, string label, DeclusteringResult? result, int count)
    {
        if (result is null)
        {
            return;
        }

        Line(text, label, I($"{result.KeptCount} of {count} kept, {result.RemovedCount} removed in {result.ClusterCount} clusters ({result.Method})"));
    }

    private static void Line(StringBuilder text, string label, string value) =>
        text.Append(label.PadRight(16)).Append(value).Append('\n');

    private static string Digits(double width) => width >= 1 ? "0" : width >= 0.1 ? "0.0" : width >= 0.01 ? "0.00" : "0.000";

    private static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    private static string I(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
