namespace GeoAnomaly.Plugins.Tides.Fitting;

/// <summary>How a requested constituent entered one fit.</summary>
internal enum ConstituentRole
{
    /// <summary>Fitted freely.</summary>
    Fitted,

    /// <summary>Tied to a fitted constituent of its species (inference).</summary>
    Inferred,

    /// <summary>Left out.</summary>
    Dropped,
}

/// <summary>One fit: the tide's coefficients and the reported constants per constituent.</summary>
/// <param name="Harmonics">Cosine and sine coefficients per requested constituent (zero when dropped), for
/// <see cref="DesignRow.FillHarmonics"/> rows.</param>
/// <param name="Amplitudes">Reported amplitude per constituent (NaN when dropped), channel units.</param>
/// <param name="Phases">Reported phase per constituent (NaN when dropped), degrees in [0, 360).</param>
/// <param name="Roles">How each constituent entered the fit.</param>
/// <param name="References">For inferred constituents, the index of the constituent they are tied to; else -1.</param>
/// <param name="ConditionNumber">2-norm condition number of the solved design.</param>
/// <param name="ValidCount">Valid samples fitted.</param>
/// <param name="TrendDegree">Degree of the polynomial actually fitted (below the requested one when the data could not carry it).</param>
internal sealed record TideFit(
    double[] Harmonics,
    double[] Amplitudes,
    double[] Phases,
    ConstituentRole[] Roles,
    int[] References,
    double ConditionNumber,
    int ValidCount,
    int TrendDegree)
{
    /// <summary>The fitted tide at a sample whose harmonic columns are <paramref name="harmonics"/>.</summary>
    /// <param name="harmonics">Cosines and sines from <see cref="DesignRow.FillHarmonics"/>.</param>
    public double Evaluate(ReadOnlySpan<double> harmonics)
    {
        double sum = 0;
        for (int k = 0; k < Harmonics.Length; k++)
        {
            sum += Harmonics[k] * harmonics[k];
        }

        return sum;
    }
}
