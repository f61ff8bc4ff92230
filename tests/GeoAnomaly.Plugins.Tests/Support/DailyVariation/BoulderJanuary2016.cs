using GeoAnomaly.Host.Storage.Files;
using GeoAnomaly.Plugins.Tests.Support.Ssa;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Tests.Support.DailyVariation;

/// <summary>
/// The horizontal intensity H at the USGS Boulder observatory (BOU), January 2016, one-minute IAGA-2002 files from
/// <c>shared/data/series/intermagnet-bou</c> (read with the host's IAGA-2002 reader, never copied): the variation file
/// reports H directly, the adjusted file X and Y, from which H = √(X² + Y²).
/// </summary>
internal static class BoulderJanuary2016
{
    /// <summary>The variation file (H, E, Z, F).</summary>
    public const string VariationFile = "series/intermagnet-bou/BOU201601vmin.min";

    /// <summary>The adjusted file (X, Y, Z, F).</summary>
    public const string AdjustedFile = "series/intermagnet-bou/BOU201601adj.min";

    /// <summary>H from <paramref name="file"/> (relative to <c>shared/data</c>), with the channel's metadata (location included).</summary>
    /// <param name="file">One of the two files.</param>
    public static (ChannelInfo Channel, Series H) Load(string file)
    {
        var channels = StationFiles.Read(SharedData.File(file));
        var h = channels.FirstOrDefault(c => c.Channel.Id.Channel == "H");
        if (h is not null)
        {
            return (h.Channel, h.Series);
        }

        var x = channels.Single(c => c.Channel.Id.Channel == "X");
        var y = channels.Single(c => c.Channel.Id.Channel == "Y");
        double[] values = new double[x.Series.Count];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = Math.Sqrt((x.Series[i] * x.Series[i]) + (y.Series[i] * y.Series[i]));
        }

        return (x.Channel with { Id = new ChannelId(x.Channel.Id.Network, x.Channel.Id.Station, "H") }, new Series(x.Series.Start, x.Series.Step, values));
    }
}
