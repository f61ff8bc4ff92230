namespace GeoAnomaly.Synthetic.Signals;

/// <summary>Adds A·exp(a − b·i) to a buffer by repeated multiplication instead of an exp per sample.</summary>
/// <remarks>
/// e_{i+1} = e_i·exp(−b), recomputed exactly every <see cref="Sinusoid.ResyncInterval"/> samples, so the relative
/// error stays below 1e-13. Used for borehole relaxation and recharge recessions, which would otherwise call exp for
/// every sample of every channel.
/// </remarks>
internal static class Exponential
{
    /// <summary>Adds <paramref name="amplitude"/>·exp(<paramref name="exponent0"/> − <paramref name="rate"/>·i) to <paramref name="buffer"/>[i].</summary>
    /// <param name="buffer">Samples to add to.</param>
    /// <param name="amplitude">Multiplier A.</param>
    /// <param name="exponent0">Exponent at sample 0.</param>
    /// <param name="rate">Decrease of the exponent per sample (positive for decay).</param>
    public static void AddDecay(Span<double> buffer, double amplitude, double exponent0, double rate)
    {
        if (amplitude == 0)
        {
            return;
        }

        double ratio = Math.Exp(-rate);
        for (int block = 0; block < buffer.Length; block += Sinusoid.ResyncInterval)
        {
            double e = amplitude * Math.Exp(exponent0 - (rate * block));
            int end = Math.Min(buffer.Length, block + Sinusoid.ResyncInterval);
            for (int i = block; i < end; i++)
            {
                buffer[i] += e;
                e *= ratio;
            }
        }
    }
}
