namespace GeoAnomaly.Plugins.SpectralResidual;

/// <summary>Expected values and margins of <see cref="EntireBatchModel"/> (ML.NET's steps 8 to 13).</summary>
/// <remarks>
/// <para>Expected value without a cycle: samples scoring above 0.35 are replaced by a least-squares line through their
/// nearest non-anomalous neighbours (at least 4, the search widening by 2 each side), and the result is low-passed
/// by zeroing the Fourier coefficients of the band between 3/8 and 5/8 of the sampling rate (around Nyquist). With a
/// cycle: the cycle itself. Either is clipped to 0 when the batch never changes sign and the estimate would.</para>
/// <para>Margins (<see cref="SensitivityMargins"/>): upper and lower = expected +- margin; an alert stays only where the
/// value lies outside them; with a cycle, alerts within one run of out-of-margin samples also mark the samples between
/// them. A normal sample's expected value is then pulled to within the sensitivity-93 margin of the value itself.
/// Differences from ML.NET: with a cycle, ML.NET scores anomalies against the real part of the saliency transform
/// (a stale buffer) rather than the expected value, and ignores an out-of-margin run that starts at the first sample;
/// both are corrected here.</para>
/// </remarks>
internal sealed partial class EntireBatchModel
{
    private const double DeanomalyThreshold = 0.35;
    private const int MinPointsToFit = 4;

    private Fft _lowPass = new(1);
    private double[] _lowRe = [];
    private double[] _lowIm = [];
    private bool[] _outlier = [];
    private double _minimum;
    private double _maximum;

    private void ExpectedValues(ReadOnlySpan<double> values, ReadOnlySpan<bool> valid, ReadOnlySpan<double> detect)
    {
        int n = values.Length;
        _minimum = double.PositiveInfinity;
        _maximum = double.NegativeInfinity;
        for (int i = 0; i < n; i++)
        {
            if (valid[i])
            {
                _minimum = Math.Min(_minimum, values[i]);
                _maximum = Math.Max(_maximum, values[i]);
            }
        }

        var expected = Expected.AsSpan(0, n);
        if (_options.Period > 0)
        {
            for (int i = 0; i < n; i++)
            {
                expected[i] = values[i] - detect[i];
            }
        }
        else
        {
            LowPassWithoutAnomalies(values, expected);
        }

        for (int i = 0; i < n; i++)
        {
            expected[i] = WithinDataRange(expected[i]);
        }
    }

    private void LowPassWithoutAnomalies(ReadOnlySpan<double> values, Span<double> result)
    {
        int n = values.Length;
        var re = _lowRe.AsSpan(0, n);
        var im = _lowIm.AsSpan(0, n);
        var outlier = _outlier.AsSpan(0, n);
        for (int i = 0; i < n; i++)
        {
            outlier[i] = Score[i] > DeanomalyThreshold;
        }

        for (int i = 0; i < n; i++)
        {
            re[i] = outlier[i] ? LineThroughNeighbours(values, outlier, i) : values[i];
        }

        if (_lowPass.Length != n)
        {
            _lowPass = new Fft(n);
        }

        im.Clear();
        _lowPass.Forward(re, im);
        for (int k = 0; k < n; k++)
        {
            if (k > n * 3.0 / 8 && k < n * 5.0 / 8)
            {
                re[k] = 0;
                im[k] = 0;
            }
        }

        _lowPass.Inverse(re, im);
        re.CopyTo(result);
    }

    /// <summary>The least-squares line through the non-outliers around <paramref name="at"/>, evaluated there.</summary>
    private static double LineThroughNeighbours(ReadOnlySpan<double> values, ReadOnlySpan<bool> outlier, int at)
    {
        int n = values.Length;
        int step = 1;
        int from;
        int to;
        int count;
        while (true)
        {
            from = Math.Max(at - step, 0);
            to = Math.Min(n - 1, at + step);
            count = 0;
            for (int i = from; i <= to; i++)
            {
                count += outlier[i] ? 0 : 1;
            }

            if (count >= MinPointsToFit || (from == 0 && to == n - 1))
            {
                break;
            }

            step += 2;
        }

        if (count < 2)
        {
            return values[at];
        }

        double meanX = 0;
        double meanY = 0;
        for (int i = from; i <= to; i++)
        {
            if (!outlier[i])
            {
                meanX += i;
                meanY += values[i];
            }
        }

        meanX /= count;
        meanY /= count;
        double sxy = 0;
        double sxx = 0;
        for (int i = from; i <= to; i++)
        {
            if (!outlier[i])
            {
                sxy += (i - meanX) * (values[i] - meanY);
                sxx += (i - meanX) * (i - meanX);
            }
        }

        return meanY + (sxy / sxx * (at - meanX));
    }

    private void Margins(ReadOnlySpan<double> values)
    {
        int n = values.Length;
        var units = Unit.AsSpan(0, n);
        SensitivityMargins.BoundaryUnits(values, _isAlert.AsSpan(0, n), units);
        double sensitivity = _options.Sensitivity;
        for (int i = 0; i < n; i++)
        {
            double margin = SensitivityMargins.Margin(units[i], sensitivity);
            double centre = _options.Period > 0 ? Expected[i] : _lowRe[i];
            Upper[i] = centre + margin;
            Lower[i] = centre - margin;
            AnomalyScore[i] = _options.Period > 0 ? 0 : SensitivityMargins.AnomalyScore(values[i], centre, units[i], _isAlert[i]);
            _isAlert[i] &= values[i] < Lower[i] || values[i] > Upper[i];
        }

        if (_options.Period > 0)
        {
            JoinAlertsWithinRuns(values);
            for (int i = 0; i < n; i++)
            {
                AnomalyScore[i] = SensitivityMargins.AnomalyScore(values[i], Expected[i], units[i], _isAlert[i]);
            }
        }

        for (int i = 0; i < n; i++)
        {
            Alert[i] = _isAlert[i] ? 1 : 0;
            if (!_isAlert[i])
            {
                double margin = SensitivityMargins.Margin(units[i], sensitivity);
                double band = SensitivityMargins.Margin(units[i], SensitivityMargins.BoundSensitivity);
                Expected[i] = Math.Clamp(Expected[i], values[i] - band, values[i] + band);
                Upper[i] = Expected[i] + margin;
                Lower[i] = Expected[i] - margin;
            }
        }
    }

    /// <summary>Within each run of consecutive out-of-margin samples, marks everything between its first and last alert.</summary>
    private void JoinAlertsWithinRuns(ReadOnlySpan<double> values)
    {
        int n = values.Length;
        int i = 0;
        while (i < n)
        {
            if (!(values[i] < Lower[i] || values[i] > Upper[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < n && (values[i] < Lower[i] || values[i] > Upper[i]))
            {
                i++;
            }

            int first = Array.IndexOf(_isAlert, true, start, i - start);
            int last = first < 0 ? -1 : Array.LastIndexOf(_isAlert, true, i - 1, i - start);
            for (int k = first + 1; k < last; k++)
            {
                _isAlert[k] = true;
            }
        }
    }

    private double WithinDataRange(double expected) =>
        (_minimum >= 0 && expected < 0) || (_maximum <= 0 && expected > 0) ? 0 : expected;
}
