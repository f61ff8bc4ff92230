namespace GeoAnomaly.Plugins.Ssa;

/// <summary>One-step SSA forecasts: the recurrence of an <see cref="SsaModel"/> applied to the smoothed recent samples.</summary>
/// <remarks>
/// <para>The smoothed value of the sample <c>L-2-i</c> steps back is the average of its projections onto the signal
/// subspace over every window of the last L-1 that contains it:
/// <c>x̃[i] = (1/(L-1-i)) Σ_d (UUᵀ wₜ₋d)[i+1+d]</c>, d = 0..L-2-i, with <c>wₜ₋d</c> the L samples ending d steps back.
/// This is diagonal averaging of the projected trajectory, truncated at the present, and it is what ML.NET's
/// <c>Consume</c> maintains by the recursion <c>x̃[i] ← ((L-2-i) x̃[i+1] + (UUᵀwₜ)[i+1]) / (L-1-i)</c>. The forecast
/// of the next sample is <c>Σⱼ αⱼ x̃[j]</c>.</para>
/// <para>Between re-fits the recursion is exact, so <see cref="Step"/> costs O(rL). After a re-fit <see cref="Recompute"/>
/// evaluates the average directly with the new vectors, so the smoothed values never mix two models. (ML.NET, which
/// trains once, starts from a single projection and lets the recursion fill in over the next L-2 samples.)</para>
/// </remarks>
internal sealed class SsaForecaster
{
    private readonly double[] _smoothed;
    private readonly double[] _projected;
    private readonly double[] _reciprocals;

    public SsaForecaster(int maxWindow)
    {
        Model = new SsaModel(maxWindow);
        _smoothed = new double[maxWindow - 1];
        _projected = new double[maxWindow];
        _reciprocals = new double[maxWindow];
        for (int j = 1; j < maxWindow; j++)
        {
            _reciprocals[j] = 1.0 / j;
        }
    }

    /// <summary>The model in use; re-fit it in place, then call <see cref="Recompute"/>.</summary>
    public SsaModel Model { get; }

    /// <summary>Forecast of the sample after the last one seen.</summary>
    public double Prediction { get; private set; }

    /// <summary>Smoothed values and forecast from scratch, from the last <c>2L - 2</c> samples (or more; only the tail is read).</summary>
    public void Recompute(ReadOnlySpan<double> recent)
    {
        int window = Model.Window;
        int lags = window - 1;
        var smoothed = _smoothed.AsSpan(0, lags);
        smoothed.Clear();
        int end = recent.Length;
        for (int d = 0; d < lags; d++)
        {
            Project(recent.Slice(end - d - window, window));
            for (int j = 1 + d; j < window; j++)
            {
                smoothed[j - 1 - d] += _projected[j];
            }
        }

        for (int i = 0; i < lags; i++)
        {
            smoothed[i] *= _reciprocals[lags - i];
        }

        Predict();
    }

    /// <summary>Advances by one sample given the last L samples, the newest last.</summary>
    public void Step(ReadOnlySpan<double> window)
    {
        int lags = Model.Window - 1;
        Project(window);
        var smoothed = _smoothed.AsSpan(0, lags);
        for (int i = 0; i < lags - 1; i++)
        {
            smoothed[i] = (((lags - 1 - i) * smoothed[i + 1]) + _projected[i + 1]) * _reciprocals[lags - i];
        }

        smoothed[lags - 1] = _projected[lags];
        Predict();
    }

    /// <summary><c>UUᵀw</c> into the projection buffer.</summary>
    private void Project(ReadOnlySpan<double> window)
    {
        int length = Model.Window;
        int rank = Model.Rank;
        double[] vectors = Model.Vectors;
        var projected = _projected.AsSpan(0, length);
        projected.Clear();
        for (int i = 0; i < rank; i++)
        {
            var u = vectors.AsSpan(i * length, length);
            double coordinate = 0;
            for (int l = 0; l < length; l++)
            {
                coordinate += u[l] * window[l];
            }

            for (int l = 0; l < length; l++)
            {
                projected[l] += coordinate * u[l];
            }
        }
    }

    private void Predict()
    {
        int lags = Model.Window - 1;
        double forecast = 0;
        for (int j = 0; j < lags; j++)
        {
            forecast += Model.Alpha[j] * _smoothed[j];
        }

        Prediction = forecast;
    }
}
