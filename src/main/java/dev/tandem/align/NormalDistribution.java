package dev.tandem.align;

/** The standard normal distribution, for length models of translated text. */
public final class NormalDistribution {
    private NormalDistribution() {
    }

    /** P(Z ≤ z) for a standard normal Z (Abramowitz and Stegun 26.2.17, error below 7.5e-8). */
    public static double cdf(double z) {
        double t = 1 / (1 + 0.2316419 * Math.abs(z));
        double poly = t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
        double p = 1 - Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI) * poly;
        return z >= 0 ? p : 1 - p;
    }
}
