using System.Globalization;
using GeoAnomaly.Plugins.Tides.Astronomy;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.Tides.Fitting;

/// <summary>The validated model options shared by both earth-tide components.</summary>
/// <param name="Constituents">The requested constituents, in the user's order (the order of the outputs).</param>
/// <param name="TrendDegree">Degree of the nuisance polynomial.</param>
/// <param name="Rayleigh">Rayleigh factor.</param>
/// <param name="Unresolved">Infer or drop unresolved constituents.</param>
/// <param name="Phases">Meaning of the amplitude and phase outputs.</param>
internal sealed record TideModelSettings(
    IReadOnlyList<TidalConstituent> Constituents,
    int TrendDegree,
    double Rayleigh,
    UnresolvedConstituents Unresolved,
    TidePhaseConvention Phases)
{
    /// <summary>The eight principal constituents.</summary>
    public const string DefaultConstituents = "M2,S2,N2,K2,K1,O1,P1,Q1";

    /// <summary>Highest accepted trend degree.</summary>
    public const int MaxTrendDegree = 3;

    /// <summary>Output names: <c>value</c>, <c>tide</c>, then <c>NAME_amplitude</c>, <c>NAME_phase</c> per constituent.</summary>
    public IReadOnlyList<string> OutputNames() =>
        ["value", "tide", .. Constituents.SelectMany(c => new[] { c.Name + "_amplitude", c.Name + "_phase" })];

    /// <summary>Every problem with the shared model options, each naming its option.</summary>
    public static IEnumerable<OptionError> Validate(string? constituents, int trendDegree, double rayleigh, UnresolvedConstituents unresolved, TidePhaseConvention phases)
    {
        if (!TryParse(constituents, out _, out string? error))
        {
            yield return OptionError.For(nameof(EarthTidesOptions.Constituents), error);
        }

        if (trendDegree is < 0 or > MaxTrendDegree)
        {
            yield return OptionError.For(nameof(EarthTidesOptions.TrendDegree), $"must be 0 to {MaxTrendDegree}, got {trendDegree}");
        }

        if (!(rayleigh >= 0.1 && rayleigh <= 10))
        {
            yield return OptionError.For(nameof(EarthTidesOptions.Rayleigh), $"must be 0.1 to 10, got {rayleigh.ToString(CultureInfo.InvariantCulture)}");
        }

        if (!Enum.IsDefined(unresolved))
        {
            yield return OptionError.For(nameof(EarthTidesOptions.Unresolved), $"must be infer or drop, got {(int)unresolved}");
        }

        if (!Enum.IsDefined(phases))
        {
            yield return OptionError.For(nameof(EarthTidesOptions.Phases), $"must be greenwich or epoch, got {(int)phases}");
        }
    }

    /// <summary>Settings from options that passed <see cref="Validate"/>.</summary>
    /// <exception cref="ArgumentException">The constituents do not parse.</exception>
    public static TideModelSettings From(string constituents, int trendDegree, double rayleigh, UnresolvedConstituents unresolved, TidePhaseConvention phases)
    {
        if (!TryParse(constituents, out var list, out string? error))
        {
            throw new ArgumentException($"constituents: {error}", nameof(constituents));
        }

        return new TideModelSettings(list, trendDegree, rayleigh, unresolved, phases);
    }

    /// <summary>Parses a comma-separated constituent list: known names (any case), no repeats, at least one.</summary>
    public static bool TryParse(string? text, out IReadOnlyList<TidalConstituent> constituents, out string error)
    {
        var list = new List<TidalConstituent>();
        constituents = list;
        error = "";
        string[] names = (text ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (names.Length == 0)
        {
            error = $"must name at least one constituent (from {string.Join(", ", TidalConstituent.All.Select(c => c.Name))}), got '{text}'";
            return false;
        }

        foreach (string name in names)
        {
            var constituent = TidalConstituent.Find(name);
            if (constituent is null)
            {
                error = $"unknown constituent '{name}'; known: {string.Join(", ", TidalConstituent.All.Select(c => c.Name))}";
                return false;
            }

            if (list.Contains(constituent))
            {
                error = $"constituent {constituent.Name} is listed twice";
                return false;
            }

            list.Add(constituent);
        }

        return true;
    }
}
