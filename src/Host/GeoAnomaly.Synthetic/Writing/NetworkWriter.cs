using System.Globalization;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Synthetic.Writing;

/// <summary>Puts a synthetic network on disk in the formats real networks use.</summary>
/// <remarks>
/// <para>Directory layout (paths in <c>stations.csv</c> are relative to the directory, with '/' separators):</para>
/// <code>
/// stations.csv            network,station,lat,lon,elevation,channel,kind,units,file
/// labels.csv              network,station,channel,start,end,kind,amplitude     (see LabelsCsvWriter)
/// iaga/saa20240101vmin.min  H, E, Z of station SAA as IAGA-2002                 (see Iaga2002Writer)
/// csv/SAA.csv             every other channel of SAA, one column each           (see StationCsvWriter)
/// </code>
/// <para>
/// IAGA file names follow the format's recommendation: IAGA code in lower case, date of the first sample, "v" for
/// variation data, interval code (sec, min, hor), extension = interval code. With <see cref="IagaFileSpan.Day"/> a
/// station has one file per UTC day, and its <c>file</c> column holds a pattern with <c>*</c> in place of the date
/// (<c>iaga/saa*vmin.min</c>). Longitudes in <c>stations.csv</c> are −180..180, in IAGA headers 0..360 east, as each
/// format wants. Every file is written atomically (<see cref="AtomicFile"/>); <c>labels.csv</c> and
/// <c>stations.csv</c> last, so a reader that finds them finds every data file too.
/// </para>
/// </remarks>
internal static class NetworkWriter
{
    /// <summary>The header row of <c>stations.csv</c>.</summary>
    public const string StationsHeader = "network,station,lat,lon,elevation,channel,kind,units,file";

    /// <summary>Writes a network held in memory.</summary>
    /// <param name="network">The network.</param>
    /// <param name="directory">Output directory (created if missing); existing files of the same names are replaced.</param>
    /// <param name="span">What one IAGA-2002 file covers.</param>
    /// <param name="cancellationToken">Stops between files.</param>
    /// <returns>Relative paths of the files written.</returns>
    public static IReadOnlyList<string> Write(SyntheticNetwork network, string directory, IagaFileSpan span = IagaFileSpan.Whole, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(network);
        var byStation = network.Channels.ToLookup(c => c.Info.Id.Station);
        return Write(network.Spec, network.Stations, s => [.. byStation[network.Stations[s].Code]], directory, span, cancellationToken);
    }

    /// <summary>Generates and writes a network one station at a time, holding only that station's channels.</summary>
    /// <param name="generator">The generator.</param>
    /// <param name="directory">Output directory (created if missing).</param>
    /// <param name="span">What one IAGA-2002 file covers.</param>
    /// <param name="cancellationToken">Stops between files.</param>
    /// <returns>Relative paths of the files written.</returns>
    public static IReadOnlyList<string> Write(SyntheticNetworkGenerator generator, string directory, IagaFileSpan span = IagaFileSpan.Whole, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(generator);
        return Write(generator.Spec, generator.Stations, generator.GenerateStation, directory, span, cancellationToken);
    }

    private static List<string> Write(
        NetworkSpec spec,
        IReadOnlyList<SyntheticStation> stations,
        Func<int, IReadOnlyList<SyntheticChannel>> channelsOf,
        string directory,
        IagaFileSpan span,
        CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.Combine(directory, "iaga"));
        Directory.CreateDirectory(Path.Combine(directory, "csv"));
        var written = new List<string>();
        var labels = new List<InjectedAnomaly>();
        var rows = new List<string>();
        foreach (var station in stations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var channels = channelsOf(station.Index);
            labels.AddRange(channels.SelectMany(c => c.Labels));
            var geomagnetic = channels.Where(c => c.Info.Kind == ChannelKind.Electromagnetic).ToArray();
            var others = channels.Where(c => c.Info.Kind != ChannelKind.Electromagnetic).ToArray();
            string iagaFile = geomagnetic.Length == 0 ? string.Empty : WriteIaga(spec, station, geomagnetic, directory, span, written, cancellationToken);
            string csvFile = string.Empty;
            if (others.Length > 0)
            {
                csvFile = $"csv/{station.Code}.csv";
                AtomicFile.Write(Path.Combine(directory, csvFile), w => StationCsvWriter.Write(w, others, 0, others[0].Series.Count));
                written.Add(csvFile);
            }

            foreach (var channel in channels)
            {
                rows.Add(StationRow(station, channel, channel.Info.Kind == ChannelKind.Electromagnetic ? iagaFile : csvFile));
            }
        }

        AtomicFile.Write(Path.Combine(directory, "labels.csv"), w => LabelsCsvWriter.Write(w, labels));
        written.Add("labels.csv");
        AtomicFile.Write(Path.Combine(directory, "stations.csv"), w =>
        {
            w.Write(StationsHeader);
            w.Write('\n');
            foreach (string row in rows)
            {
                w.Write(row);
                w.Write('\n');
            }
        });
        written.Add("stations.csv");
        return written;
    }

    private static string WriteIaga(
        NetworkSpec spec,
        SyntheticStation station,
        SyntheticChannel[] channels,
        string directory,
        IagaFileSpan span,
        List<string> written,
        CancellationToken cancellationToken)
    {
        var series = channels[0].Series;
        string interval = Iaga2002Writer.IntervalCode(series.Step);
        string prefix = $"iaga/{station.Code.ToLowerInvariant()}";
        string[] comments =
        [
            $"Synthetic data from the GeoAnomaly generator, network {spec.Network}, seed {spec.Seed}. Not real observations.",
            $"Missing samples are {Iaga2002Writer.Missing}; the NUL element is not recorded ({Iaga2002Writer.NotRecorded}).",
        ];
        int from = 0;
        while (from < series.Count)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var first = series.TimeAt(from).UtcDateTime;
            int to = span == IagaFileSpan.Whole ? series.Count : FirstIndexOfNextDay(series, first);
            string file = $"{prefix}{first.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}v{interval}.{interval}";
            int a = from;
            AtomicFile.Write(Path.Combine(directory, file), w => Iaga2002Writer.Write(w, station, channels, a, to, comments));
            written.Add(file);
            from = to;
        }

        return span == IagaFileSpan.Whole
            ? written[^1]
            : $"{prefix}*v{interval}.{interval}";
    }

    private static int FirstIndexOfNextDay(Series series, DateTime day)
    {
        long ticks = (new DateTimeOffset(day.Date.AddDays(1), TimeSpan.Zero) - series.Start).Ticks;
        long index = (ticks + series.Step.Ticks - 1) / series.Step.Ticks;
        return (int)Math.Min(series.Count, index);
    }

    private static string StationRow(SyntheticStation station, SyntheticChannel channel, string file)
    {
        var id = channel.Info.Id;
        var location = station.Location;
        return string.Join(
            ',',
            FileText.Csv(id.Network),
            FileText.Csv(id.Station),
            location.Latitude.ToString("R", CultureInfo.InvariantCulture),
            location.Longitude.ToString("R", CultureInfo.InvariantCulture),
            location.ElevationMetres.ToString("R", CultureInfo.InvariantCulture),
            FileText.Csv(id.Channel),
            FileText.Kind(channel.Info.Kind),
            FileText.Csv(channel.Info.Units),
            FileText.Csv(file));
    }
}
