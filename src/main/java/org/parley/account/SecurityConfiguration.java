package org.parley.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** No inline script or style anywhere: everything comes from our own files. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** Parley uses none of these; a page (or anything injected into one) cannot ask for them. */
    static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
            + "microphone=(), payment=(), usb=()";

    /**
     * Reading is for everyone, admin pages for admins, the profile for its owner; registering and
     * resetting a password are open; every other change needs an account.
     */
    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SecurityContextRepository contexts,
                                            CsrfTokenRepository csrfTokens, LoginThrottle throttle) throws Exception {
        var failed = new SimpleUrlAuthenticationFailureHandler("/login?error");
        var succeeded = new SavedRequestAwareAuthenticationSuccessHandler();
        http
                .addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
                .securityContext(context -> context.securityContextRepository(contexts))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
                        // RFC 8058: a mail client posts the one-click unsubscribe without a session; the secret is in the address.
                        .ignoringRequestMatchers("/notifications/unsubscribe/**"))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/comments/*/edit", "/comments/*/flag").authenticated()
                        .requestMatchers("/proposals", "/proposals/**", "/c/*/p/*/edit", "/c/*/detached").authenticated()
                        .requestMatchers("/profile", "/profile/**").authenticated()
                        .requestMatchers("/sessions", "/sessions/**").authenticated()
                        .requestMatchers("/moderation", "/moderation/**").authenticated()
                        .requestMatchers("/notifications/unsubscribe/**").permitAll()
                        .requestMatchers("/notifications", "/notifications/**", "/follows", "/follows/**").authenticated()
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        // Monitors, link checkers and crawlers ask with HEAD and OPTIONS: they answer like GET (Spring MVC does both).
                        .requestMatchers(HttpMethod.HEAD, "/**").permitAll()
                        .requestMatchers(HttpMethod.OPTIONS, "/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/register", "/password/forgot", "/password/reset").permitAll()
                        .requestMatchers("/error").permitAll()
                        .anyRequest().authenticated())
                .formLogin(login -> login
                        .loginPage("/login")
                        .usernameParameter("email")
                        .failureHandler((request, response, exception) -> {
                            throttle.failed(String.valueOf(request.getParameter("email")), request.getRemoteAddr());
                            failed.onAuthenticationFailure(request, response, exception);
                        })
                        .successHandler((request, response, authentication) -> {
                            throttle.cleared(authentication.getName());
                            succeeded.onAuthenticationSuccess(request, response, authentication);
                        })
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/?signedOut"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                        // A page Parley opens in another window, or that opens Parley, gets no handle on it.
                        .crossOriginOpenerPolicy(opener -> opener.policy(CrossOriginOpenerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** Where the filters keep the signed-in person; {@link SignIn} saves there too. */
    @Bean
    SecurityContextRepository securityContextRepository() {
        return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
                new HttpSessionSecurityContextRepository());
    }

    @Bean
    CsrfTokenRepository csrfTokenRepository() {
        return new HttpSessionCsrfTokenRepository();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
