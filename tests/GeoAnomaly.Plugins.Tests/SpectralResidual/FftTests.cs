using GeoAnomaly.Plugins.SpectralResidual;
using GeoAnomaly.Plugins.Tests.Support.SpectralResidual;

namespace GeoAnomaly.Plugins.Tests.SpectralResidual;

public sealed class FftTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(16)]
    [InlineData(29)]
    [InlineData(100)]
    [InlineData(161)]
    [InlineData(1024)]
    [InlineData(2005)]
    public void Forward_equals_the_naive_DFT(int length)
    {
        // Given: seeded complex input
        var random = new Random(length);
        double[] re = Enumerable.Range(0, length).Select(_ => random.NextDouble() - 0.5).ToArray();
        double[] im = Enumerable.Range(0, length).Select(_ => random.NextDouble() - 0.5).ToArray();
        var (expectedRe, expectedIm) = NaiveDft(re, im);

        // When
        new Fft(length).Forward(re, im);

        // Then: within 1e-11 of the largest coefficient (round-off grows with log n for the FFT, with n for the naive sum)
        double scale = expectedRe.Zip(expectedIm, Math.Max).Select(Math.Abs).Max();
        for (int k = 0; k < length; k++)
        {
            Assert.True(Math.Abs(re[k] - expectedRe[k]) <= 1e-11 * scale, $"Re X[{k}] = {re[k]}, naive {expectedRe[k]}");
            Assert.True(Math.Abs(im[k] - expectedIm[k]) <= 1e-11 * scale, $"Im X[{k}] = {im[k]}, naive {expectedIm[k]}");
        }
    }

    [Theory]
    [InlineData(7)]
    [InlineData(64)]
    [InlineData(1445)]
    public void Inverse_undoes_forward_and_energy_is_conserved(int length)
    {
        // Given
        var random = new Random(length);
        double[] re = Enumerable.Range(0, length).Select(_ => random.NextDouble() - 0.5).ToArray();
        double[] im = new double[length];
        double[] original = (double[])re.Clone();
        var fft = new Fft(length);

        // When
        fft.Forward(re, im);
        double spectralEnergy = re.Zip(im, (a, b) => (a * a) + (b * b)).Sum() / length;
        fft.Inverse(re, im);

        // Then: Parseval (sum |x|^2 = sum |X|^2 / n) and the round trip, within 1e-12
        double energy = original.Sum(x => x * x);
        Assert.Equal(energy, spectralEnergy, 1e-12 * energy);
        for (int i = 0; i < length; i++)
        {
            Assert.Equal(original[i], re[i], 1e-12);
            Assert.Equal(0, im[i], 1e-12);
        }
    }

    private static (double[] Re, double[] Im) NaiveDft(double[] re, double[] im)
    {
        int n = re.Length;
        double[] outRe = new double[n];
        double[] outIm = new double[n];
        for (int k = 0; k < n; k++)
        {
            for (int j = 0; j < n; j++)
            {
                double angle = -2 * Math.PI * j * k / n;
                outRe[k] += (re[j] * Math.Cos(angle)) - (im[j] * Math.Sin(angle));
                outIm[k] += (re[j] * Math.Sin(angle)) + (im[j] * Math.Cos(angle));
            }
        }

        return (outRe, outIm);
    }
}
