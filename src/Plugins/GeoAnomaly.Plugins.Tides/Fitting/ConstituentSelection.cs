using GeoAnomaly.Plugins.Tides.Astronomy;

namespace GeoAnomaly.Plugins.Tides.Fitting;

/// <summary>Decides, for data of a given extent, which requested constituents are fitted, inferred or dropped.</summary>
/// <remarks>
/// <para><b>Rayleigh criterion.</b> Two frequencies f₁, f₂ (cycles per hour) can be told apart in T hours of data when
/// |f₁ − f₂|·T ≥ R (R = 1 classically). Constituents are taken in order of equilibrium amplitude (M2, K1, S2, O1, P1,
/// N2, Mf, K2, Mm, Q1); each is fitted if it is resolved from frequency 0 (the constant and trend) and from every
/// requested constituent more important than itself, fitted or not (so a small constituent never takes the place of
/// a large one it cannot be told from: with 10 days Q1 is resolved from K1 but not from O1, and is not fitted). With 30
/// days, K1 is fitted and P1 (182.6 days from K1) is not; S2 is fitted and K2 (182.6 days from S2) is not; N2 and Q1
/// (27.6 days from M2 and O1) are.</para>
/// <para><b>Unresolved constituents.</b> With <see cref="UnresolvedConstituents.Infer"/>, a diurnal or semidiurnal
/// constituent that is not fitted is tied to the fitted one of its species nearest in frequency, with the equilibrium
/// amplitude ratio and equal Greenwich phase lag; long-period ones are dropped. With
/// <see cref="UnresolvedConstituents.Drop"/> all are dropped.</para>
/// </remarks>
internal sealed class ConstituentSelection
{
    private readonly TideModelSettings _settings;
    private readonly int[] _priority;

    /// <summary>Prepares the selection for <paramref name="settings"/>.</summary>
    /// <param name="settings">The requested constituents and how to treat unresolved ones.</param>
    public ConstituentSelection(TideModelSettings settings)
    {
        _settings = settings;
        _priority = [.. Enumerable.Range(0, settings.Constituents.Count)
            .OrderByDescending(c => settings.Constituents[c].EquilibriumAmplitude)
            .ThenBy(c => c)];
    }

    /// <summary>Requested constituent indices, most important first (the order in which they are fitted, and dropped last).</summary>
    public IReadOnlyList<int> Priority => _priority;

    /// <summary>Roles and inference references for data spanning <paramref name="extentHours"/>.</summary>
    /// <param name="extentHours">From the first to the last valid sample, plus one step, hours.</param>
    /// <param name="excluded">Constituents not to fit whatever the extent (after an ill-conditioned attempt).</param>
    /// <param name="roles">Receives the role of each requested constituent.</param>
    /// <param name="references">Receives the reference of each inferred constituent, -1 otherwise.</param>
    public void Select(double extentHours, IReadOnlySet<int> excluded, ConstituentRole[] roles, int[] references)
    {
        var constituents = _settings.Constituents;
        var fitted = new List<int>();
        for (int rank = 0; rank < _priority.Length; rank++)
        {
            int c = _priority[rank];
            double f = constituents[c].CyclesPerHour;
            bool resolved = !excluded.Contains(c) && Math.Abs(f) * extentHours >= _settings.Rayleigh;
            for (int before = 0; before < rank; before++)
            {
                resolved &= Math.Abs(f - constituents[_priority[before]].CyclesPerHour) * extentHours >= _settings.Rayleigh;
            }

            if (resolved)
            {
                fitted.Add(c);
            }

            roles[c] = resolved ? ConstituentRole.Fitted : ConstituentRole.Dropped;
            references[c] = -1;
        }

        if (_settings.Unresolved != UnresolvedConstituents.Infer)
        {
            return;
        }

        for (int c = 0; c < constituents.Count; c++)
        {
            if (roles[c] == ConstituentRole.Fitted || constituents[c].Species == 0)
            {
                continue;
            }

            int reference = Nearest(constituents, fitted, constituents[c]);
            if (reference >= 0)
            {
                roles[c] = ConstituentRole.Inferred;
                references[c] = reference;
            }
        }
    }

    private static int Nearest(IReadOnlyList<TidalConstituent> constituents, List<int> fitted, TidalConstituent target)
    {
        int best = -1;
        double distance = double.PositiveInfinity;
        foreach (int c in fitted)
        {
            double d = Math.Abs(constituents[c].CyclesPerHour - target.CyclesPerHour);
            if (constituents[c].Species == target.Species && d < distance)
            {
                best = c;
                distance = d;
            }
        }

        return best;
    }
}
