using GeoAnomaly.Sdk;
using GeoAnomaly.Synthetic.Randomness;
using GeoAnomaly.Synthetic.Signals;

namespace GeoAnomaly.Synthetic.Generation;

/// <summary>Which stations exist, where they are and which channels they carry.</summary>
/// <remarks>
/// <para>
/// Stations are drawn one after another from the layout stream, so station k is the same in a network of k + 1
/// stations as in a larger one (same seed). Locations are uniform over the area of the region box (latitude drawn
/// as asin of a uniform sine), rounded to 0.0001° (about 10 m); elevations are 50..1500 m, whole metres.
/// </para>
/// <para>
/// Channel families: a station carries each family that the spec's channel types include with probability
/// <see cref="NetworkSpec.FamilyProbability"/>, and at least one. A carried family brings all its types from the
/// spec, except that water temperature and radon, which only some wells measure, come with probability 0.6 each.
/// Channels are ordered by type ordinal.
/// </para>
/// <para>
/// Codes: three capital letters counted from "SAA" (SAA, SAB, ... SAZ, SBA...), which are valid IAGA codes; names
/// are "{network} synthetic station {code}".
/// </para>
/// </remarks>
internal sealed class NetworkLayout
{
    private const double OptionalFluidProbability = 0.6;
    private static readonly ChannelKind[] s_families = [ChannelKind.Deformation, ChannelKind.Electromagnetic, ChannelKind.Fluid];

    private NetworkLayout(IReadOnlyList<SyntheticStation> stations, IReadOnlyList<StationModel> models)
    {
        Stations = stations;
        Models = models;
    }

    /// <summary>The stations.</summary>
    public IReadOnlyList<SyntheticStation> Stations { get; }

    /// <summary>Each station's physical parameters, same order.</summary>
    public IReadOnlyList<StationModel> Models { get; }

    /// <summary>Lays out the network of a valid spec.</summary>
    /// <param name="spec">A valid spec.</param>
    /// <param name="axis">The sample grid.</param>
    public static NetworkLayout Build(NetworkSpec spec, TimeAxis axis)
    {
        var random = SeededRandom.For(spec.Seed, RandomStream.Layout);
        var region = spec.Region;
        double sinLow = Math.Sin(region.MinLatitude * Math.PI / 180);
        double sinHigh = Math.Sin(region.MaxLatitude * Math.PI / 180);
        var available = s_families.Where(f => spec.ChannelTypes.Any(t => Family(t) == f)).ToArray();
        var stations = new List<SyntheticStation>(spec.StationCount);
        var models = new List<StationModel>(spec.StationCount);
        for (int s = 0; s < spec.StationCount; s++)
        {
            double lat = Math.Round(Math.Asin(random.Uniform(sinLow, sinHigh)) * 180 / Math.PI, 4);
            double lon = Math.Round(random.Uniform(region.MinLongitude, region.MaxLongitude), 4);
            double elevation = Math.Round(random.Uniform(50, 1500));
            var carried = available.Where(_ => random.Chance(spec.FamilyProbability)).ToHashSet();
            int fallback = random.Next(available.Length);
            if (carried.Count == 0)
            {
                carried.Add(available[fallback]);
            }

            bool[] optional = [random.Chance(OptionalFluidProbability), random.Chance(OptionalFluidProbability)];
            var types = spec.ChannelTypes
                .Where(t => carried.Contains(Family(t)))
                .Where(t => t != SyntheticChannelType.WaterTemperature || optional[0])
                .Where(t => t != SyntheticChannelType.Radon || optional[1])
                .Order()
                .ToArray();
            if (types.Length == 0)
            {
                types = [.. spec.ChannelTypes.Where(t => carried.Contains(Family(t))).Order()];
            }

            var location = new StationLocation(lat, lon, elevation);
            string code = Code(s);
            var channels = types.Select(t =>
            {
                var info = ChannelTypeInfo.Of(t);
                return new ChannelInfo(new ChannelId(spec.Network, code, info.Code), info.Kind, info.Units, location);
            }).ToArray();
            var model = StationModel.Draw(spec, axis, s, location);
            bool hasWell = types.Contains(SyntheticChannelType.WaterLevel);
            stations.Add(new SyntheticStation(s, code, $"{spec.Network} synthetic station {code}", location, channels, types, hasWell ? model.Barometric : null));
            models.Add(model);
        }

        return new NetworkLayout(stations, models);
    }

    /// <summary>The family (channel kind) a type belongs to; air pressure belongs to the fluid family.</summary>
    /// <param name="type">A channel type.</param>
    public static ChannelKind Family(SyntheticChannelType type) =>
        type == SyntheticChannelType.AirPressure ? ChannelKind.Fluid : ChannelTypeInfo.Of(type).Kind;

    /// <summary>Three-letter code of station <paramref name="index"/>: SAA, SAB, ... (base 26 from "SAA").</summary>
    /// <param name="index">Station index, 0..5407.</param>
    public static string Code(int index)
    {
        int n = index + (18 * 26 * 26);
        return string.Create(3, n, static (span, v) =>
        {
            span[0] = (char)('A' + (v / 676 % 26));
            span[1] = (char)('A' + (v / 26 % 26));
            span[2] = (char)('A' + (v % 26));
        });
    }
}
