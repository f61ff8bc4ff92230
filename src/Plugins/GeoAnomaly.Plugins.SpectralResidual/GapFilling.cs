namespace GeoAnomaly.Plugins.SpectralResidual;

/// <summary>Fills missing samples (NaN) so that a Fourier transform can run over them.</summary>
/// <remarks>
/// A run of missing samples between two valid ones is replaced by the straight line joining them; missing samples
/// before the first valid one take the first valid value, and those after the last valid one take the last valid
/// value. Only the span given is looked at, so the fill of a window depends on that window alone.
/// </remarks>
internal static class GapFilling
{
    /// <summary>Fills the NaN samples of <paramref name="values"/> in place.</summary>
    /// <param name="values">Samples, NaN where missing.</param>
    /// <returns>The number of valid (non-NaN) samples; when 0, <paramref name="values"/> is left all NaN.</returns>
    public static int Fill(Span<double> values)
    {
        int valid = 0;
        int previous = -1;
        for (int i = 0; i < values.Length; i++)
        {
            if (double.IsNaN(values[i]))
            {
                continue;
            }

            valid++;
            if (previous < 0)
            {
                values[..i].Fill(values[i]);
            }
            else if (i - previous > 1)
            {
                double from = values[previous];
                double slope = (values[i] - from) / (i - previous);
                for (int k = previous + 1; k < i; k++)
                {
                    values[k] = from + (slope * (k - previous));
                }
            }

            previous = i;
        }

        if (previous >= 0)
        {
            values[(previous + 1)..].Fill(values[previous]);
        }

        return valid;
    }
}
