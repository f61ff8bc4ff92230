namespace GeoAnomaly.Synthetic.Writing;

/// <summary>Writes labels as <c>labels.csv</c>: <c>network,station,channel,start,end,kind,amplitude</c>.</summary>
/// <remarks>
/// One row per label; start and end are ISO 8601 UTC (end exclusive, as in <see cref="Sdk.AnomalyEvent"/>); kind is
/// spelled as in DESIGN.md (<c>spike</c>, <c>level-shift</c>, <c>trend-change</c>, <c>variance-change</c>, <c>step</c>);
/// amplitude is in channel units with round-trip precision (see <see cref="InjectedAnomaly.Amplitude"/>). Rows are in
/// start-time order.
/// </remarks>
internal static class LabelsCsvWriter
{
    /// <summary>The header row.</summary>
    public const string Header = "network,station,channel,start,end,kind,amplitude";

    /// <summary>Writes the header and one row per label.</summary>
    /// <param name="writer">Destination.</param>
    /// <param name="labels">The labels.</param>
    public static void Write(TextWriter writer, IEnumerable<InjectedAnomaly> labels)
    {
        writer.Write(Header);
        writer.Write('\n');
        foreach (var label in labels.OrderBy(l => l.Start).ThenBy(l => l.Channel.ToString(), StringComparer.Ordinal))
        {
            var id = label.Channel;
            writer.Write(string.Join(
                ',',
                FileText.Csv(id.Network),
                FileText.Csv(id.Station),
                FileText.Csv(id.Channel),
                FileText.Time(label.Start),
                FileText.Time(label.End),
                FileText.Kind(label.Kind),
                FileText.Exact(label.Amplitude)));
            writer.Write('\n');
        }
    }
}
